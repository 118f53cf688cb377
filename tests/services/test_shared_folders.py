"""Network shares and cloud-synced folders are recognised by folder name and file-system type."""

from pathlib import Path

import pytest

from kpidesk.services.shared_folders import SharedFolder, shared_folder_of

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
server:/export/sales /mnt/sales nfs4 rw,relatime,vers=4.2 0 0
//fileserver/team /mnt/team\\040share cifs rw,relatime,vers=3.0 0 0
me@host:/home/me /home/me/remote fuse.sshfs rw,nosuid,nodev 0 0
tmpfs /mnt/team\\040share/scratch tmpfs rw 0 0
remote: /home/me/rclone fuse.rclone rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/me/OneDrive/Sales/plan.kpidesk", "OneDrive"),
        ("C:/Users/me/OneDrive - Contoso/plan.kpidesk", "OneDrive"),
        ("/home/me/Dropbox/plan.kpidesk", "Dropbox"),
        ("/home/me/Dropbox (Team)/Sales/plan.kpidesk", "Dropbox"),
        ("G:/My Drive/plan.kpidesk", "Google Drive"),
        ("/Users/me/Google Drive/plan.kpidesk", "Google Drive"),
        ("/Users/me/Library/CloudStorage/GoogleDrive-me@example.com/plan.kpidesk", "Google Drive"),
        ("/Users/me/Library/Mobile Documents/com~apple~CloudDocs/plan.kpidesk", "iCloud Drive"),
        ("C:/Users/me/iCloudDrive/plan.kpidesk", "iCloud Drive"),
        ("/Users/me/Box/Sales/plan.kpidesk", "Box"),
        ("/Users/me/Library/CloudStorage/Box-Box/plan.kpidesk", "Box"),
    ],
)
def test_cloud_synced_folders_are_known_by_their_names(path, service):
    shared = shared_folder_of(path, mounts="")
    assert (shared.kind, shared.service, shared.folder.name) == (
        "cloud",
        service,
        Path(path).parent.name,
    )


@pytest.mark.parametrize(
    "path",
    [
        "/home/me/plans/plan.kpidesk",
        "/home/me/Boxes/plan.kpidesk",
        "/home/me/dropbox-notes.txt/../plans/plan.kpidesk",
        "/mnt/team share/scratch/plan.kpidesk",  # a local tmpfs mounted inside the share
    ],
)
def test_local_folders_are_not_shared(path):
    assert shared_folder_of(path, mounts=MOUNTS) is None


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/mnt/sales/plan.kpidesk", "NFS"),
        ("/mnt/sales/2026/11/plan.kpidesk", "NFS"),
        ("/mnt/team share/plan.kpidesk", "SMB"),
        ("/home/me/remote/plan.kpidesk", "SSHFS"),
        ("/home/me/rclone/plan.kpidesk", "rclone"),
    ],
)
def test_network_shares_are_known_by_their_file_system(path, service):
    assert shared_folder_of(path, mounts=MOUNTS) == SharedFolder(
        "network", service, Path(path).parent
    )


def test_a_folder_beside_a_mount_point_with_a_longer_name_is_local():
    assert shared_folder_of("/mnt/salesarchive/plan.kpidesk", mounts=MOUNTS) is None


def test_a_windows_unc_path_is_a_network_share():
    assert shared_folder_of("//fileserver/team/plan.kpidesk", mounts="").kind == "network"
