; Inno Setup 6 script: the Windows installer for Ceremony.
;
; Build the one-folder app first (packaging\windows\build.bat does both steps):
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\ceremony.spec
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\ceremony.iss
; The installer lands in dist\ as ceremony-VERSION-setup.exe.
;
; The version is read from the version resource of the frozen ceremony.exe, which the
; PyInstaller spec writes from ceremony/__init__.py: one place to change it.
; Per-user install by default (office clerks often have no administrator rights); an
; administrator may choose to install for all users.
; The uninstaller removes the program files only. The registry of honorees, its backups,
; the settings and the logs live in the user's own folders (%LOCALAPPDATA%\Ceremony and
; the Windows registry key HKCU\Software\Ceremony) and are left as they are.

#define AppName "Ceremony"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\ceremony"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\ceremony.exe", "ProductVersion")
#endif
#if AppVersion == ""
  #error Build the app first: dist\ceremony\ceremony.exe has no version
#endif

; Inno Setup ships no Vietnamese messages; use a user-contributed Vietnamese.isl when one
; is beside this script or in the compiler's Languages folder, else the wizard is English.
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
  #define VietnameseMessages AddBackslash(SourcePath) + "Vietnamese.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
  #define VietnameseMessages "compiler:Languages\Vietnamese.isl"
#endif

[Setup]
AppId={{6F1C9D2E-4B7A-4E55-9A3C-2D8E1B0C7A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=ceremony-{#AppVersion}-setup
SetupIconFile=ceremony.ico
UninstallDisplayIcon={app}\ceremonyw.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
#ifdef VietnameseMessages
Name: "vi"; MessagesFile: "{#VietnameseMessages}"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.AppComment=Honoree lists, certificates and running orders for award ceremonies
en.CommandLine=Ceremony command line
#ifdef VietnameseMessages
vi.AppComment=Danh sách khen thưởng, in bằng khen, giấy khen và chương trình buổi lễ
vi.CommandLine=Ceremony — dòng lệnh
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; ceremonyw.exe opens the window without a console (the shortcuts use it); ceremony.exe
; is the command line (ceremony demo, ceremony backup, …) for a console or a script.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\ceremonyw.exe"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\ceremonyw.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\ceremonyw.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python caches the migration scripts it compiles when the app upgrades a registry; they
; are the only files the app writes inside its own folder. Nothing outside {app} is listed.
Type: filesandordirs; Name: "{app}\_internal\ceremony\store\migrations\__pycache__"
Type: filesandordirs; Name: "{app}\_internal\ceremony\store\migrations\versions\__pycache__"
