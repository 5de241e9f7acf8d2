<#
.SYNOPSIS
Builds the per-user Windows installer (MSI) of Quanze Workbench.

.DESCRIPTION
Runs on Windows with JDK 17+ (jlink, jpackage), Maven and WiX Toolset 3 (candle.exe, light.exe) - jpackage
cannot build an MSI anywhere else. Steps, the same recipe as installer/build-linux.sh:
  1. mvn package; the app jar and its libraries without JavaFX -> target\installer\input
  2. jlink: a runtime with only the modules in installer\modules.txt, JavaFX from the -win jars as modules,
     JavaFX's DLLs beside the JDK's in runtime\bin
  3. CDS: an app-image starts the window once on demo data (console launcher, probe flag) and the runtime's
     default class-data-sharing archive is regenerated from the classes it loaded (skip with -NoCds; a failed
     training run only costs start-up time)
  4. jpackage --type msi: per-user install to %LOCALAPPDATA%\Programs\Quanze (no administrator rights), Start
     menu entry and desktop shortcut, fixed upgrade UUID (a newer MSI replaces the older in place), .qzb
     association with its icon, QuanzeCli.exe console launcher for the command line.
Data stays in %LOCALAPPDATA%\Quanze, which the MSI never installs into, so upgrades and uninstalls leave it alone.
See docs/decisions/0009-installer-jlink-jpackage.md.

.PARAMETER AppVersion
Overrides the pom version (CI builds a second, higher-versioned MSI to test the in-place upgrade).

.PARAMETER Lang
zh (default): installer dialogs, Start-menu folder and file-type name in Chinese (WiX culture zh-CN, code
page 936). en: English throughout (code page 1252), for a build machine where the Chinese culture fails.

.EXAMPLE
powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
#>
param(
    [ValidateSet('zh', 'en')][string]$Lang = 'zh',
    [switch]$NoCds,
    [switch]$SkipMvn,
    # Only for the CI upgrade check: a version other than the pom's, into another directory.
    [string]$AppVersion = '',
    [string]$OutDir = 'target\installer'
)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

$Name = 'Quanze'
# Fixed for the life of the product: MSIs with the same upgrade code replace each other. Never change it.
$UpgradeUuid = 'a546d635-b7cf-499a-a8ac-25a61b65298d'
# Relative to %LOCALAPPDATA% for a per-user MSI. Must not be 'Quanze': that is the data directory.
$InstallDir = 'Programs\Quanze'
$Vendor = 'Quanze Workbench'
# This file stays ASCII (Windows PowerShell 5.1 reads a .ps1 without BOM in the ANSI code page), so the
# Chinese names are built from their code points (the product name, "Quanze Workbench" in Chinese).
$ZhName = -join ([char[]](0x6743, 0x8D23, 0x5DE5, 0x4F5C, 0x53F0))
if ($Lang -eq 'zh') {
    $Description = "$ZhName Quanze Workbench"
    $MenuGroup = $ZhName
    $Association = 'installer\windows\qzb.properties'
    $JpackageLocale = @('-J-Duser.language=zh', '-J-Duser.country=CN')
} else {
    $Description = 'Quanze Workbench'
    $MenuGroup = 'Quanze Workbench'
    $Association = 'installer\windows\qzb_en.properties'
    $JpackageLocale = @('-J-Duser.language=en', '-J-Duser.country=US')
}
# A JDK 17 tool launcher gets its arguments in the ANSI code page, which on an English Windows has no Chinese:
# the Chinese values go through a UTF-8 argument file that jpackage reads with file.encoding=UTF-8.
$JpackageLocale += '-J-Dfile.encoding=UTF-8'

[xml]$Pom = Get-Content pom.xml -Encoding UTF8
$PomVersion = $Pom.project.version
$Version = $PomVersion -replace '-SNAPSHOT$', ''
if ($AppVersion) { $Version = $AppVersion }
if ($Version -notmatch '^\d{1,3}(\.\d{1,3}(\.\d{1,5})?)?$') {
    throw "MSI product versions are numbers MAJOR.MINOR.BUILD (<=255.255.65535); pom.xml has '$PomVersion'"
}
$Jar = "quanze-workbench-$PomVersion.jar"
$Out = $OutDir
Write-Host "== Quanze Workbench $Version ($Lang)"

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

# jpackage 17 drives WiX 3; put it on PATH if it is installed but not there.
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    $wix = Get-ChildItem "${env:ProgramFiles(x86)}\WiX Toolset v3*\bin" -Directory -ErrorAction SilentlyContinue |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $wix) { throw 'WiX Toolset 3 not found (choco install wixtoolset, or see https://wixtoolset.org)' }
    $env:PATH = "$($wix.FullName);$env:PATH"
}

# Quoted -D arguments: PowerShell would split an unquoted -Dname.with.dots=value at the first dot.
if (-not $SkipMvn) { Invoke-Checked mvn @('-B', '-q', '-DskipTests', 'package') }
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
New-Item -ItemType Directory -Force -Path "$Out\input", "$Out\jfx", "$Out\cds" | Out-Null
Invoke-Checked mvn @('-B', '-q', 'dependency:copy-dependencies', '-DincludeScope=runtime',
    '-DexcludeGroupIds=org.openjfx', "-DoutputDirectory=$Out\input")
Copy-Item "target\$Jar" "$Out\input\"
# sqlite-jdbc unpacks its DLL into %TEMP% on every start (and virus scanners look at each new copy) unless
# told where one is: put it in app\native.
New-Item -ItemType Directory -Force -Path "$Out\input\native" | Out-Null
$sqliteJar = Get-ChildItem "$Out\input\sqlite-jdbc-*.jar" | Select-Object -First 1
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [System.IO.Compression.ZipFile]::OpenRead($sqliteJar.FullName)
try {
    $entry = $zip.GetEntry('org/sqlite/native/Windows/x86_64/sqlitejdbc.dll')
    [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path (Resolve-Path "$Out\input\native").Path 'sqlitejdbc.dll'), $true)
} finally { $zip.Dispose() }
Invoke-Checked mvn @('-B', '-q', 'dependency:copy-dependencies', '-DincludeScope=runtime',
    '-DincludeGroupIds=org.openjfx', "-DoutputDirectory=$Out\jfx")
# Keep only the platform jars (javafx-graphics-21.0.12-win.jar); the plain ones are empty placeholders.
Get-ChildItem "$Out\jfx\javafx-*.jar" | Where-Object { $_.Name -notlike '*-win.jar' } | Remove-Item

Write-Host '== jlink'
$Modules = (Get-Content installer\modules.txt | Where-Object { $_ -and -not $_.StartsWith('#') }) -join ','
Invoke-Checked jlink @('--module-path', "$Out\jfx", '--add-modules', $Modules,
    '--include-locales=en,zh', '--strip-debug', '--no-header-files', '--no-man-pages', '--compress=2',
    '--generate-cds-archive', '--output', "$Out\runtime")
# JavaFX looks for its DLLs beside the JDK's first; without them there it unpacks copies from the module
# into %USERPROFILE%\.openjfx\cache on every new machine.
foreach ($jar in Get-ChildItem "$Out\jfx\*.jar") {
    $zip = [System.IO.Compression.ZipFile]::OpenRead($jar.FullName)
    try {
        foreach ($entry in $zip.Entries | Where-Object { $_.FullName -like '*.dll' -and $_.FullName -notlike '*/*' }) {
            [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path (Resolve-Path "$Out\runtime\bin").Path $entry.Name), $true)
        }
    } finally { $zip.Dispose() }
}

$ArgFile = Join-Path (Resolve-Path $Out).Path 'names.args'
[System.IO.File]::WriteAllLines($ArgFile, @("--description `"$Description`"", "--win-menu-group `"$MenuGroup`""),
    (New-Object System.Text.UTF8Encoding $false))
$Common = @('--name', $Name, '--app-version', $Version, '--vendor', $Vendor, '--copyright', $Vendor,
    '--icon', 'assets\icons\quanze.ico',
    '--runtime-image', "$Out\runtime", '--input', "$Out\input", '--main-jar', $Jar,
    '--main-class', 'cn.quanze.Launcher', '--java-options', '-Dfile.encoding=UTF-8',
    '--java-options', '-Dorg.sqlite.lib.path=$APPDIR\native', '--java-options', '-Dorg.sqlite.lib.name=sqlitejdbc.dll',
    '--add-launcher', 'QuanzeCli=installer\windows\quanze-cli.properties')

if (-not $NoCds) {
    Write-Host '== CDS: training run (window on demo data)'
    try {
        Invoke-Checked jpackage (@('--type', 'app-image', '--dest', "$Out\cds\image") + $Common + @('--description', $Name))
        $cli = (Resolve-Path "$Out\cds\image\$Name\QuanzeCli.exe").Path
        $data = Join-Path (Resolve-Path "$Out\cds").Path 'train-data'
        $list = Join-Path (Resolve-Path "$Out\cds").Path 'classes.lst'
        Invoke-Checked $cli @('--data-dir', $data, 'init', '--office-code', 'QU', '--office-name', 'Demo',
            '--level', 'district', '--demo')
        $env:JAVA_TOOL_OPTIONS = "-XX:DumpLoadedClassList=$list -Dquanze.startupProbe=true"
        $p = Start-Process -FilePath $cli -ArgumentList @('--data-dir', "`"$data`"") -PassThru -NoNewWindow `
            -RedirectStandardOutput "$Out\cds\train.log" -RedirectStandardError "$Out\cds\train.err"
        if (-not $p.WaitForExit(300000)) { $p.Kill(); throw 'training run did not end within 300 s' }
        Remove-Item Env:\JAVA_TOOL_OPTIONS
        if (-not (Select-String -Path "$Out\cds\train.log" -Pattern 'QUANZE_SHOWN' -Quiet)) {
            throw "the training run did not show the window (see $Out\cds\train.log)"
        }
        $jsa = (Resolve-Path "$Out\runtime\bin\server\classes.jsa").Path
        Set-ItemProperty $jsa -Name IsReadOnly -Value $false
        # The app's own classes in the list are not on this class path and are skipped.
        # Start-Process, not *> redirection: Windows PowerShell 5.1 turns a native program's stderr into errors.
        $d = Start-Process -FilePath "$Out\runtime\bin\java.exe" -Wait -PassThru -NoNewWindow `
            -ArgumentList @('-Xshare:dump', "`"-XX:SharedClassListFile=$list`"", "`"-XX:SharedArchiveFile=$jsa`"") `
            -RedirectStandardOutput "$Out\cds\dump.log" -RedirectStandardError "$Out\cds\dump.err"
        if ($d.ExitCode -ne 0) { throw "CDS dump failed (see $Out\cds\dump.log)" }
        Invoke-Checked "$Out\runtime\bin\java.exe" @('-Xshare:on', '-version')
        Write-Host "== CDS: archive $([math]::Round((Get-Item $jsa).Length / 1MB)) MB, maps with -Xshare:on"
    } catch {
        Remove-Item Env:\JAVA_TOOL_OPTIONS -ErrorAction SilentlyContinue
        Write-Warning "CDS training skipped: $_ (the MSI keeps jlink's default class-data archive)"
    }
}

Write-Host '== jpackage msi'
Invoke-Checked jpackage ($JpackageLocale + @('--type', 'msi', '--dest', $Out, "@$ArgFile") + $Common + @(
    '--file-associations', $Association,
    '--install-dir', $InstallDir,
    '--win-per-user-install',
    '--win-menu',
    '--win-shortcut',
    '--win-upgrade-uuid', $UpgradeUuid))
Get-ChildItem "$Out\*.msi" | ForEach-Object { Write-Host "== $($_.FullName) ($([math]::Round($_.Length / 1MB)) MB)" }
