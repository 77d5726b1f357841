@echo off
rem SpecSync launcher for Windows.
rem   specsync [COMMAND] [ARGS...]        the command line (no window, no SWT)
rem   specsync-workbench [WORKSPACE]      the desktop workbench (that script sets SPECSYNC_LAUNCH=workbench)
rem Java 21 or newer is taken from, in this order: %SPECSYNC_JAVA_HOME%, the product's jre\ folder,
rem %JAVA_HOME%, then the java.exe on the PATH. Extra JVM options go in %SPECSYNC_VM_OPTIONS%.
setlocal EnableExtensions EnableDelayedExpansion
set "INSTALL_DIR=%~dp0"
if "%INSTALL_DIR:~-1%"=="\" set "INSTALL_DIR=%INSTALL_DIR:~0,-1%"
if not defined SPECSYNC_LAUNCH set "SPECSYNC_LAUNCH=cli"

set "JAVA_FOUND="
for %%H in ("%SPECSYNC_JAVA_HOME%" "%INSTALL_DIR%\jre" "%JAVA_HOME%") do (
  if not defined JAVA_FOUND call :check_home "%%~H"
)
if not defined JAVA_FOUND (
  for /f "delims=" %%J in ('where java.exe 2^>nul') do (
    if not defined JAVA_FOUND (
      for %%B in ("%%~dpJ..") do call :check_home "%%~fB"
    )
  )
)
if not defined JAVA_FOUND (
  echo SpecSync needs Java 21 or newer, and none was found. 1>&2
  echo   Looked at: %%SPECSYNC_JAVA_HOME%%, %INSTALL_DIR%\jre, %%JAVA_HOME%% and the java.exe on the PATH. 1>&2
  echo   Install one, for example: winget install EclipseAdoptium.Temurin.21.JRE 1>&2
  echo   or set SPECSYNC_JAVA_HOME to a Java 21+ installation, and run this again. 1>&2
  exit /b 3
)

set "LAUNCHER_JAR="
for %%L in ("%INSTALL_DIR%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER_JAR=%%~fL"
if not defined LAUNCHER_JAR (
  echo SpecSync is incomplete: %INSTALL_DIR%\plugins\org.eclipse.equinox.launcher_*.jar is missing. Reinstall SpecSync. 1>&2
  exit /b 3
)

if defined SPECSYNC_STATE_HOME (set "STATE_HOME=%SPECSYNC_STATE_HOME%") else (set "STATE_HOME=%LOCALAPPDATA%\SpecSync")
if not exist "%STATE_HOME%\cds" mkdir "%STATE_HOME%\cds"
for %%L in ("%LAUNCHER_JAR%") do set "CDS_ARCHIVE=%STATE_HOME%\cds\%SPECSYNC_LAUNCH%-%%~nL-java%JMAJOR%.jsa"
set VM_OPTIONS=-XX:+UseSerialGC -Xms24m -Xshare:auto -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off "-XX:SharedArchiveFile=%CDS_ARCHIVE%" -Dosgi.checkConfiguration=false %SPECSYNC_VM_OPTIONS%

if /i "%SPECSYNC_LAUNCH%"=="workbench" goto :workbench
"%JAVA_FOUND%\bin\java.exe" %VM_OPTIONS% -Djava.awt.headless=true -jar "%LAUNCHER_JAR%" -install "%INSTALL_DIR%" -data @none -nosplash -application dev.specsync.cli.app %*
exit /b %ERRORLEVEL%

:workbench
rem Fewer start-up methods reach the optimising compiler, which competed with the UI thread (see the Unix script).
set VM_OPTIONS=-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 %VM_OPTIONS%
set "WORKSPACE="
set "DEMO=false"
set "INSTANCE=%STATE_HOME%\instances\default"
if /i "%~1"=="--demo" (
  set "WORKSPACE=%STATE_HOME%\demo"
  set "DEMO=true"
  shift
) else if not "%~1"=="" (
  set "FIRST=%~1"
  if not "!FIRST:~0,1!"=="-" (
    set "WORKSPACE=%~f1"
    shift
  )
)
if defined WORKSPACE (
  if not exist "!WORKSPACE!" mkdir "!WORKSPACE!"
  for %%W in ("!WORKSPACE!") do set "INSTANCE=%STATE_HOME%\instances\%%~nxW"
)
if not exist "!INSTANCE!" mkdir "!INSTANCE!"
start "SpecSync" "%JAVA_FOUND%\bin\javaw.exe" %VM_OPTIONS% "-Dspecsync.workspace=!WORKSPACE!" "-Dspecsync.demo=!DEMO!" -jar "%LAUNCHER_JAR%" -install "%INSTALL_DIR%" -data "!INSTANCE!" -nosplash
exit /b 0

:check_home
rem Sets JAVA_FOUND to %1 when it holds a Java 21 or newer (read from its release file; no JVM is started).
if "%~1"=="" exit /b 0
if not exist "%~1\bin\java.exe" exit /b 0
if not exist "%~1\release" exit /b 0
set "JV="
for /f "tokens=2 delims==" %%V in ('findstr /b "JAVA_VERSION=" "%~1\release"') do set "JV=%%~V"
for /f "tokens=1 delims=." %%M in ("!JV!") do set "JMAJOR=%%M"
if defined JMAJOR if !JMAJOR! GEQ 21 set "JAVA_FOUND=%~1"
exit /b 0
