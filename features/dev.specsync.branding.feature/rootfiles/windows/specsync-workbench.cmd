@echo off
rem Starts the SpecSync desktop workbench: specsync-workbench [WORKSPACE | --demo]
rem All the logic (finding Java, options) lives in specsync.cmd beside this script.
setlocal
set "SPECSYNC_LAUNCH=workbench"
call "%~dp0specsync.cmd" %*
