@echo off
rem Maven Wrapper for SpecSync on Windows: runs the Maven version pinned in
rem .mvn\wrapper\maven-wrapper.properties on a JDK 21 or newer (%JAVA_HOME%).
rem Maven is resolved once as org.apache.maven:apache-maven:<version>:zip:bin through an installed
rem Maven (its settings.xml and mirrors apply) or from %MVNW_REPOURL%, then cached in %USERPROFILE%\.m2\wrapper.
setlocal EnableExtensions EnableDelayedExpansion
set "BASEDIR=%~dp0"
if "%BASEDIR:~-1%"=="\" set "BASEDIR=%BASEDIR:~0,-1%"
for /f "tokens=2 delims==" %%V in ('findstr /b "distributionVersion=" "%BASEDIR%\.mvn\wrapper\maven-wrapper.properties"') do set "MVN_VERSION=%%V"

if not defined JAVA_HOME goto :nojdk
if not exist "%JAVA_HOME%\release" goto :nojdk
for /f "tokens=2 delims==" %%V in ('findstr /b "JAVA_VERSION=" "%JAVA_HOME%\release"') do set "JV=%%~V"
for /f "tokens=1 delims=." %%M in ("!JV!") do set "JMAJOR=%%M"
if !JMAJOR! LSS 21 goto :nojdk

set "DISTS=%USERPROFILE%\.m2\wrapper\dists"
set "MAVEN_HOME=%DISTS%\apache-maven-%MVN_VERSION%"
if exist "%MAVEN_HOME%\bin\mvn.cmd" goto :run
set "ZIP=%USERPROFILE%\.m2\repository\org\apache\maven\apache-maven\%MVN_VERSION%\apache-maven-%MVN_VERSION%-bin.zip"
if not exist "%ZIP%" (
  where mvn.cmd >nul 2>&1
  if not errorlevel 1 (
    pushd "%TEMP%"
    call mvn.cmd -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get -Dartifact=org.apache.maven:apache-maven:%MVN_VERSION%:zip:bin -Dtransitive=false
    popd
  ) else if defined MVNW_REPOURL (
    mkdir "%ZIP%\.." 2>nul
    curl.exe -fsSL -o "%ZIP%" "%MVNW_REPOURL%/org/apache/maven/apache-maven/%MVN_VERSION%/apache-maven-%MVN_VERSION%-bin.zip"
  ) else (
    echo mvnw: Maven %MVN_VERSION% is not cached and no Maven is installed to fetch it. 1>&2
    echo   Install any Maven 3, or set MVNW_REPOURL to your Maven repository URL. 1>&2
    exit /b 1
  )
)
if not exist "%ZIP%" (
  echo mvnw: could not fetch Maven %MVN_VERSION%; check the network or your settings.xml mirror. 1>&2
  exit /b 1
)
mkdir "%DISTS%" 2>nul
tar.exe -xf "%ZIP%" -C "%DISTS%" || (echo mvnw: could not unpack %ZIP% 1>&2 & exit /b 1)

:run
set "MAVEN_PROJECTBASEDIR=%BASEDIR%"
"%MAVEN_HOME%\bin\mvn.cmd" %*
exit /b %ERRORLEVEL%

:nojdk
echo mvnw: SpecSync builds with JDK 21 or newer; set JAVA_HOME to one (for example Eclipse Temurin 21). 1>&2
exit /b 1
