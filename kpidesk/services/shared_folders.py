"""Is a plan on a network share or in a cloud-synced folder? By file-system type and folder name."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath

MOUNTS_TABLE = Path("/proc/mounts")

# Linux file-system types that live on another machine (or are synced by a FUSE client).
NETWORK_FILE_SYSTEMS = {
    "nfs": "NFS",
    "nfs4": "NFS",
    "cifs": "SMB",
    "smb3": "SMB",
    "smbfs": "SMB",
    "fuse.sshfs": "SSHFS",
    "9p": "9P",
    "fuse.rclone": "rclone",
    "afpfs": "AFP",
    "davfs": "WebDAV",
    "fuse.davfs2": "WebDAV",
    "fuse.gvfsd-fuse": "GVfs",
    "fuse.s3fs": "S3",
    "ceph": "Ceph",
    "glusterfs": "GlusterFS",
    "fuse.glusterfs": "GlusterFS",
    "lustre": "Lustre",
    "ncpfs": "NetWare",
    "fuse.onedriver": "OneDrive",
}

# A folder in the path whose name is (or starts with) one of these is synced by that service:
# "OneDrive - Contoso", "Dropbox (Team)", macOS "CloudStorage/GoogleDrive-me@example.com".
CLOUD_FOLDER_PREFIXES = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("マイドライブ", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("icloud~", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("box sync", "Box"),
    ("box-box", "Box"),
)
CLOUD_FOLDER_NAMES = {"box": "Box"}


@dataclass(frozen=True)
class SharedFolder:
    """Where a plan is shared: `kind` "cloud" or "network", `service` its name, `folder`."""

    kind: str
    service: str
    folder: Path


def shared_folder_of(path: Path | str, mounts: str | None = None) -> SharedFolder | None:
    """The network share or cloud-synced folder holding `path`, or None for a local folder.
    `mounts` is the text of /proc/mounts (read from the system when None)."""
    path = Path(os.path.normpath(Path(path).absolute()))
    folder = path.parent
    cloud = _cloud_service(folder)
    if cloud is not None:
        return SharedFolder("cloud", cloud, folder)
    network = _network_file_system(folder, _mounts_text() if mounts is None else mounts)
    if network is not None:
        return SharedFolder("network", network, folder)
    return None


def _cloud_service(folder: PurePath) -> str | None:
    for part in folder.parts:
        name = part.casefold()
        if name in CLOUD_FOLDER_NAMES:
            return CLOUD_FOLDER_NAMES[name]
        for prefix, service in CLOUD_FOLDER_PREFIXES:
            if name.startswith(prefix):
                return service
    return None


def _network_file_system(folder: Path, mounts: str) -> str | None:
    text = str(folder)
    if text.startswith(("\\\\", "//")):  # a Windows UNC path: \\server\share
        return "SMB"
    best: tuple[int, str] | None = None
    for mount_point, fs_type in _mount_entries(mounts):
        inside = text == mount_point or text.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fs_type)
    if best is None:
        return None
    return NETWORK_FILE_SYSTEMS.get(best[1])


def _mount_entries(mounts: str) -> list[tuple[str, str]]:
    entries = []
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            entries.append((_unescape(fields[1]), fields[2]))
    return entries


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a mount point as \\040 (and tab, newline, \\ likewise)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _mounts_text() -> str:
    if not sys.platform.startswith("linux"):
        return ""
    try:
        return MOUNTS_TABLE.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
