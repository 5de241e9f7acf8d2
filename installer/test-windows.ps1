<#
.SYNOPSIS
Installs the MSI built by build-windows.ps1 for the current user, checks it, upgrades over it, uninstalls it.

.DESCRIPTION
Proves on a Windows machine (the CI runner) what the MSI promises:
  - installs without administrator rights into %LOCALAPPDATA%\Programs\Quanze (msiexec /qn, per user);
  - Start-menu entry and desktop shortcut exist; .qzb is registered for the current user with its icon;
  - the console launcher answers: QuanzeCli --version, init --demo and db check on a data directory;
  - with -UpgradeMsi, the higher version installs over it in place (one product with the upgrade code);
  - uninstalling removes the program and leaves the data directory and its database untouched.
The data directory used is a scratch one (QUANZE_HOME is never the user's real %LOCALAPPDATA%\Quanze here).
#>
param(
    # A second MSI of the same product with a higher version (build-windows.ps1 -AppVersion): tests the upgrade.
    [string]$UpgradeMsi = ''
)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

$msi = Get-ChildItem 'target\installer\*.msi' | Select-Object -First 1
if (-not $msi) { throw 'no MSI in target\installer (run installer\build-windows.ps1 first)' }
$work = Join-Path $(if ($env:RUNNER_TEMP) { $env:RUNNER_TEMP } else { $env:TEMP }) 'quanze-msi-test'
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
New-Item -ItemType Directory -Path $work | Out-Null
$installDir = Join-Path $env:LOCALAPPDATA 'Programs\Quanze'
$failures = 0
function Pass([string]$what) { Write-Host "PASS: $what" }
function Fail([string]$what) { Write-Host "FAIL: $what"; $script:failures++ }
function Check([bool]$ok, [string]$what) { if ($ok) { Pass $what } else { Fail $what } }

function Invoke-Msi([string[]]$arguments, [string]$log) {
    $p = Start-Process msiexec.exe -ArgumentList ($arguments + @('/qn', '/norestart', '/l*v', "`"$log`"")) -Wait -PassThru
    return $p.ExitCode
}

Write-Host "== install $($msi.Name) for the current user"
$code = Invoke-Msi @('/i', "`"$($msi.FullName)`"") "$work\install.log"
Check ($code -eq 0) "msiexec /i exit $code (log $work\install.log)"
Check (Test-Path "$installDir\Quanze.exe") "Quanze.exe in $installDir"
Check (Test-Path "$installDir\QuanzeCli.exe") "QuanzeCli.exe in $installDir"
Check (-not (Test-Path (Join-Path $env:LOCALAPPDATA 'Quanze\app'))) 'nothing installed into the data directory %LOCALAPPDATA%\Quanze'
$desktop = [Environment]::GetFolderPath('Desktop')
Check ([bool](Get-ChildItem $desktop -Filter 'Quanze*.lnk' -ErrorAction SilentlyContinue)) "desktop shortcut in $desktop"
$menu = Join-Path ([Environment]::GetFolderPath('Programs')) '*'
Check ([bool](Get-ChildItem $menu -Recurse -Filter 'Quanze*.lnk' -ErrorAction SilentlyContinue)) 'Start-menu entry'
$assoc = Get-ItemProperty 'HKCU:\Software\Classes\.qzb' -ErrorAction SilentlyContinue
Check ($null -ne $assoc) '.qzb registered under HKCU\Software\Classes'

Write-Host '== the console launcher'
$cli = "$installDir\QuanzeCli.exe"
$data = Join-Path $work 'data'
$version = & $cli --version
Check ($LASTEXITCODE -eq 0 -and "$version" -match 'quanze') "QuanzeCli --version: $version"
& $cli --data-dir $data init --office-code QU --office-name Demo --level district --demo | Out-Host
Check ($LASTEXITCODE -eq 0) 'init --demo'
& $cli --data-dir $data db check | Out-Host
Check ($LASTEXITCODE -eq 0) 'db check'
$dbBefore = (Get-FileHash "$data\quanze.db").Hash

if ($UpgradeMsi) {
    Write-Host '== upgrade in place with a higher version (same upgrade code)'
    $code = Invoke-Msi @('/i', "`"$((Resolve-Path $UpgradeMsi).Path)`"") "$work\upgrade.log"
    Check ($code -eq 0) "upgrade install exit $code"
    $installer = New-Object -ComObject WindowsInstaller.Installer
    # the upgrade code of build-windows.ps1
    $related = @($installer.RelatedProducts('{A546D635-B7CF-499A-A8AC-25A61B65298D}'))
    Check ($related.Count -eq 1) "one installed product with the upgrade code (found $($related.Count))"
    Check ((Get-FileHash "$data\quanze.db").Hash -eq $dbBefore) 'data directory untouched by the upgrade'
    $msi = Get-Item $UpgradeMsi
}

Write-Host '== uninstall'
$code = Invoke-Msi @('/x', "`"$($msi.FullName)`"") "$work\uninstall.log"
Check ($code -eq 0) "msiexec /x exit $code"
Check (-not (Test-Path "$installDir\Quanze.exe")) 'program removed'
Check ((Test-Path "$data\quanze.db") -and (Get-FileHash "$data\quanze.db").Hash -eq $dbBefore) 'data directory untouched by uninstall'

Write-Host "== $failures failed"
exit $failures
