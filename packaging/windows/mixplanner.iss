; Inno Setup 6 script: the Windows installer around the PyInstaller folder dist\mixplanner (packaging/README.md).
;
;     iscc /DAppVersion=0.1.0 packaging\windows\mixplanner.iss
;
; The version comes from mixplanner/__init__.py (the one place it is written); packaging/README.md shows how to
; pass it. The installer is written to dist\mixplanner-<version>-setup.exe.

#ifndef AppVersion
  #error Pass the version from mixplanner/__init__.py: iscc /DAppVersion=X.Y.Z packaging\windows\mixplanner.iss
#endif

#define AppName "mixplanner"
#define AppExe "mixplanner.exe"
#define Bundle "..\..\dist\mixplanner"
#define ProgId "mixplanner.plan"

[Setup]
; The AppId ties updates and the uninstaller to earlier installs: never change it.
AppId={{D3B339FF-8BB1-481C-A9B1-B8B415FAD22D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=mixplanner developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Program Files for all users by default (managed laptops: IT installs it); users without admin rights can
; choose an install for themselves only, which goes to their own Programs folder.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\mixplanner.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=mixplanner-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .mixplan plan files open in mixplanner (HKA: the machine's classes for an admin install, the user's otherwise).
Root: HKA; Subkey: "Software\Classes\.mixplan\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "mixplanner-plan"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".mixplan"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
