; Inno Setup script for QDA Desk on Windows (https://jrsoftware.org/isinfo.php).
;
;   pyinstaller build.spec --noconfirm
;   iscc /DAppVersion=0.1.0 packaging\windows\qdadesk.iss
;
; makes dist\QDA-Desk-<version>-setup.exe from the one-folder bundle dist\qdadesk. It installs
; for the current user (no administrator needed) or for everyone, adds a Start-menu entry,
; and makes a double-click on a .qdadesk project or a .qdpx exchange file open QDA Desk.
; For portable use on a USB stick, copy the folder dist\qdadesk instead and put an empty
; portable.txt beside qdadesk.exe.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "QDA Desk"
#define AppExe "qdadesk.exe"
#define Root "..\.."

[Setup]
AppId={{6C7C0E4B-0D0B-4C58-9B44-7D2B6E0D5A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=QDA Desk developers
AppCopyright=Copyright (c) 2026 QDA Desk developers, MIT
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
LicenseFile={#Root}\LICENSE
SetupIconFile={#Root}\build\icons\qdadesk.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#Root}\dist
OutputBaseFilename=QDA-Desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\qdadesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .qdadesk: a QDA Desk project
Root: HKA; Subkey: "Software\Classes\.qdadesk\OpenWithProgids"; ValueType: string; ValueName: "QDADesk.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\QDADesk.Project"; ValueType: string; ValueName: ""; ValueData: "QDA Desk project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\QDADesk.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\QDADesk.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; .qdpx: a REFI-QDA exchange file (MAXQDA, NVivo, ATLAS.ti), imported into a new project
Root: HKA; Subkey: "Software\Classes\.qdpx\OpenWithProgids"; ValueType: string; ValueName: "QDADesk.Exchange"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\QDADesk.Exchange"; ValueType: string; ValueName: ""; ValueData: "REFI-QDA project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\QDADesk.Exchange\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\QDADesk.Exchange\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".qdadesk"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".qdpx"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
