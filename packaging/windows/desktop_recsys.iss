; Inno Setup 6 script: desktop-recsys-<version>-setup.exe, a per-user (or, if chosen, all-users)
; installer of the PyInstaller one-folder app, with a Start-menu entry, an optional desktop
; shortcut and an uninstaller (Settings > Apps). The user's library and models in
; %LOCALAPPDATA%\desktop_recsys are kept on uninstall.
;
; Built on Windows by `python packaging\build.py` (after PyInstaller), which passes the values
; below; by hand, from the repository root:
;   iscc /DAppVersion=X.Y.Z packaging\windows\desktop_recsys.iss
; It cannot be run on the project's Linux machines (see packaging/README.md).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (packaging/build.py does)
#endif
#ifndef AppSourceDir
  #define AppSourceDir "..\..\build\pyinstaller\dist\desktop-recsys"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\icons\desktop_recsys.ico"
#endif
#define AppName "desktop_recsys"
#define AppExe "desktop-recsys.exe"

[Setup]
; The AppId identifies the app across versions (upgrades, uninstall): never change it.
AppId={{AD7728A4-FD69-4E47-A83D-997EE6DA1A64}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=desktop_recsys developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\desktop_recsys
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; No administrator rights needed: installs for the current user unless one chooses all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=desktop-recsys-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running copy before files are replaced (upgrade, uninstall).
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no stale library from an older version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#AppSourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Offline recommendations for your music and films"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder; the user's data (%LOCALAPPDATA%\desktop_recsys) stays.
Type: filesandordirs; Name: "{app}"
