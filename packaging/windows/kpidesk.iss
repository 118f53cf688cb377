; Inno Setup script for KPI Desk on Windows: a per-user install (no administrator rights),
; a Start menu entry, the .kpidesk file association and an uninstaller.
; Built on the Windows runner by .github/workflows/bundle.yml after packaging/build.py:
;   iscc /DAppVersion=0.1.0 packaging\windows\kpidesk.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{7C1C0F0E-5B6A-4D8E-9A77-2F1B8C3D4E5F}
AppName=KPI Desk
AppVersion={#AppVersion}
AppPublisher=KPI Desk
DefaultDirName={localappdata}\Programs\KPI Desk
DefaultGroupName=KPI Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=kpidesk-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\bundle-resources\icons\kpidesk.ico
UninstallDisplayIcon={app}\kpidesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\kpidesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\KPI Desk"; Filename: "{app}\kpidesk.exe"
Name: "{userdesktop}\KPI Desk"; Filename: "{app}\kpidesk.exe"; Tasks: desktopicon

[Registry]
; HKCU\Software\Classes: the association for this user only, removed with the app.
Root: HKA; Subkey: "Software\Classes\.kpidesk"; ValueType: string; ValueName: ""; ValueData: "KPIDesk.Plan"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\KPIDesk.Plan"; ValueType: string; ValueName: ""; ValueData: "KPI Desk plan"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\KPIDesk.Plan\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\kpidesk.exe,0"
Root: HKA; Subkey: "Software\Classes\KPIDesk.Plan\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\kpidesk.exe"" ""%1"""

[Run]
Filename: "{app}\kpidesk.exe"; Description: "{cm:LaunchProgram,KPI Desk}"; Flags: nowait postinstall skipifsilent
