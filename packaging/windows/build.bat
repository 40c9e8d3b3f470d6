@echo off
rem Build Ceremony's Windows installer from a checkout:
rem   1. a virtual environment with Ceremony, PostgreSQL support and PyInstaller;
rem   2. the compiled translations and forms (what scripts/bootstrap.sh does on Linux);
rem   3. the one-folder app in dist\ceremony, checked with `ceremony.exe --version`;
rem   4. the installer dist\ceremony-VERSION-setup.exe with Inno Setup 6.
rem Needs Python 3.11+ (py launcher) and Inno Setup 6 (ISCC.exe on PATH or in its usual place).
setlocal
cd /d "%~dp0\..\.." || exit /b 1

if not exist .venv\Scripts\python.exe py -3.11 -m venv .venv || exit /b 1
.venv\Scripts\python -m pip install -q -e ".[postgres,bundle]" || exit /b 1

for %%f in (resources\translations\*.ts) do (
  .venv\Scripts\pyside6-lrelease -silent "%%f" -qm "resources\translations\%%~nf.qm" || exit /b 1
)
for %%f in (forms\*.ui) do (
  .venv\Scripts\pyside6-uic "%%f" -o "ceremony\ui\generated\ui_%%~nf.py" || exit /b 1
)

.venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\ceremony.spec || exit /b 1
dist\ceremony\ceremony.exe --version || exit /b 1

set ISCC=ISCC.exe
where ISCC.exe >nul 2>nul || set ISCC=%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe
"%ISCC%" packaging\windows\ceremony.iss || exit /b 1
echo Installer written to dist\
