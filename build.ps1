<#
.SYNOPSIS
    The one entry point: build, test, try, package. The real work lives in MSBuild, so the .NET SDK alone suffices.
.DESCRIPTION
    Build    builds the solution and stages the loadable module in out/IRedAdmin/.
    Test     builds, runs the xunit projects (C# client, emulator, help and package builders, packaging) and the Pester suite
             (tests/Pester, real pwsh against the staged module and an emulator process), writes the results under
             out/test-results/, and ends with one line: "<n> passed, <m> failed". Exits non-zero on any failure.
    Demo     builds, starts the emulator in the background, imports the module, connects and leaves you at a
             connected prompt (run it as: dotnet pwsh -NoExit ./build.ps1 Demo); the emulator stops with that shell.
    Help     builds the module only, which regenerates out/IRedAdmin/en-US/ from docs/en-US/.
    Package  builds the module and packs out/IRedAdmin.zip (Azure Automation) and out/IRedAdmin.<version>.nupkg.
    Clean    removes build outputs.
.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1 Test
.EXAMPLE
    dotnet pwsh -NoExit ./build.ps1 Demo
.EXAMPLE
    ./build.ps1 Package -Configuration Release -OutputPath C:/drop
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Demo', 'Help', 'Package', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug',

    # Where the staged module folder and the packages go; default: out/ beside this script.
    [string] $OutputPath,

    # Test: run only these Pester files (paths or names under tests/Pester) and skip xunit.
    [string[]] $PesterPath,

    # Test: which emulator releases the Pester suite runs against (both by default: today's servers and old ones).
    [ValidateSet('Both', 'Current', 'Legacy')]
    [string] $ApiRelease = 'Both'
)

$ErrorActionPreference = 'Stop'
$solution = [System.IO.Path]::Combine($PSScriptRoot, 'IRedAdmin.PowerShell.sln')
$module = [System.IO.Path]::Combine($PSScriptRoot, 'src', 'IRedAdmin')
$outRoot = if ($OutputPath) { [System.IO.Path]::GetFullPath($OutputPath) } else { [System.IO.Path]::Combine($PSScriptRoot, 'out') }
$stage = [System.IO.Path]::Combine($outRoot, 'IRedAdmin')

$properties = @()
if ($OutputPath) {
    # MSBuild wants the stage folder with a trailing separator; the packages land in its parent.
    $properties += "-p:ModuleStageDir=$stage/"
}

# The SDK tells child processes which dotnet started them; fall back to the one on PATH.
$dotnet = if ($env:DOTNET_HOST_PATH) { $env:DOTNET_HOST_PATH } else { 'dotnet' }

function Invoke-Dotnet {
    & $dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

function Get-EmulatorAssembly {
    [System.IO.Path]::Combine($PSScriptRoot, 'src', 'IRedAdmin.Emulator', 'bin', $Configuration, 'net10.0', 'IRedAdmin.Emulator.dll')
}

# The pwsh running this script, to start a child of the same version (a clean session for the Pester run).
function Get-PwshCommand {
    $self = (Get-Process -Id $PID).Path
    if ([System.IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') { return @($self, [System.IO.Path]::Combine($PSHOME, 'pwsh.dll')) }
    @($self)
}

function Invoke-XunitTests([string] $resultsDir) {
    & $dotnet test $solution -c $Configuration --no-build --logger trx --results-directory $resultsDir @properties
    $exit = $LASTEXITCODE
    $passed = 0; $failed = 0
    foreach ($trx in [System.IO.Directory]::GetFiles($resultsDir, '*.trx')) {
        $counters = ([xml][System.IO.File]::ReadAllText($trx)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
    }
    # A project that could not run at all leaves no counters: count it as a failure, never as a pass.
    if ($exit -ne 0 -and $failed -eq 0) { $failed = 1 }
    @{ Passed = $passed; Failed = $failed }
}

function Invoke-PesterTests([string] $resultsDir, [string] $release) {
    $summary = [System.IO.Path]::Combine($resultsDir, "pester-summary-$release.json")
    $pwsh = @(Get-PwshCommand)
    $arguments = @('-NoLogo', '-NoProfile', '-NonInteractive', '-File', [System.IO.Path]::Combine($PSScriptRoot, 'tests', 'Invoke-PesterSuite.ps1'),
        '-ResultDirectory', $resultsDir, '-Release', $release)
    if ($PesterPath) { $arguments += @('-Path', ($PesterPath -join ',')) }
    $env:IREDADMIN_TEST_MODULE = [System.IO.Path]::Combine($stage, 'IRedAdmin.psd1')
    $env:IREDADMIN_TEST_EMULATOR = Get-EmulatorAssembly
    $env:IREDADMIN_TEST_OUT = $outRoot
    Write-Host "Pester against the emulator's $release release"
    & $pwsh[0] @($pwsh | Select-Object -Skip 1) @arguments
    $exit = $LASTEXITCODE
    if (-not [System.IO.File]::Exists($summary)) { return @{ Passed = 0; Failed = [Math]::Max(1, $exit) } }
    $counts = [System.IO.File]::ReadAllText($summary) | ConvertFrom-Json
    @{ Passed = [int]$counts.passed; Failed = [int]$counts.failed + $(if ($exit -ne 0 -and [int]$counts.failed -eq 0) { 1 } else { 0 }) }
}

function Start-Demo {
    $emulator = Get-EmulatorAssembly
    $info = [System.Diagnostics.ProcessStartInfo]::new($dotnet)
    foreach ($a in @($emulator, '--urls', 'http://127.0.0.1:0', '--exit-with', $PID)) { $info.ArgumentList.Add([string]$a) }
    $info.RedirectStandardOutput = $true
    $info.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($info)
    $baseUri = $null; $user = $null; $password = $null
    while ($null -ne ($line = $process.StandardOutput.ReadLine())) {
        if ($line -match 'listening on (\S+)') { $baseUri = $Matches[1] }
        elseif ($line -match 'Login: username=(\S+) password=(\S+)') { $user = $Matches[1]; $password = $Matches[2] }
        elseif ($line -match 'Press Ctrl\+C') { break }
    }
    if (-not $baseUri) { throw 'The emulator did not start.' }
    $process.StandardOutput.ReadToEndAsync() | Out-Null

    Import-Module ([System.IO.Path]::Combine($stage, 'IRedAdmin.psd1')) -Global -Force
    # The emulator's seeded admin: a throw-away local login, printed by the emulator itself.
    $credential = [pscredential]::new($user, (ConvertTo-SecureString $password -AsPlainText -Force))
    Connect-IRedAdmin -Uri $baseUri -Credential $credential
    New-IRedDomain example.org -Description 'Try-it domain' | Out-Null
    $global:IRedAdminDemoEmulator = [pscustomobject]@{ Uri = $baseUri; ProcessId = $process.Id; Control = ([uri]$baseUri).GetLeftPart('Authority') + '/_emulator' }

    Write-Host "Connected to the iRedAdmin-Pro emulator at $baseUri as $user (it stops when this shell exits)."
    Write-Host 'Try:'
    Write-Host "  'alice@example.org', 'bob@example.org' | New-IRedUser -Password (Read-Host -AsSecureString 'Password') -PassThru"
    Write-Host '  Get-IRedUser -Domain example.org | Format-Table'
    Write-Host '  Get-IRedUser alice@example.org | Set-IRedUser -Quota 2048 -WhatIf'
    Write-Host "Requests the emulator saw: Invoke-RestMethod $($global:IRedAdminDemoEmulator.Control)/requests"
    if (-not ([Environment]::GetCommandLineArgs() -match '^-NoExit$')) {
        Write-Warning 'Start it as "dotnet pwsh -NoExit ./build.ps1 Demo" to stay at the connected prompt; this shell ends now, and the emulator with it.'
    }
}

switch ($Task) {
    'Build' { Invoke-Dotnet build $solution -c $Configuration @properties }
    'Test' {
        Invoke-Dotnet build $solution -c $Configuration @properties
        $resultsDir = [System.IO.Path]::Combine($outRoot, 'test-results')
        if ([System.IO.Directory]::Exists($resultsDir)) { [System.IO.Directory]::Delete($resultsDir, $true) }
        [System.IO.Directory]::CreateDirectory($resultsDir) | Out-Null
        $xunit = if ($PesterPath) { @{ Passed = 0; Failed = 0 } } else { Invoke-XunitTests $resultsDir }
        $none = @{ Passed = 0; Failed = 0 }
        $current = if ($ApiRelease -ne 'Legacy') { Invoke-PesterTests $resultsDir 'current' } else { $none }
        $legacy = if ($ApiRelease -ne 'Current') { Invoke-PesterTests $resultsDir 'legacy' } else { $none }
        $passed = $xunit.Passed + $current.Passed + $legacy.Passed
        $failed = $xunit.Failed + $current.Failed + $legacy.Failed
        Write-Host ("xunit: $($xunit.Passed) passed, $($xunit.Failed) failed; Pester on current: $($current.Passed) passed, " +
            "$($current.Failed) failed; Pester on legacy: $($legacy.Passed) passed, $($legacy.Failed) failed (results in $resultsDir)")
        # The very last line, in exactly this form, is what CI and people read.
        Write-Host "$passed passed, $failed failed"
        if ($failed -gt 0) { exit 1 }
    }
    'Demo' {
        Invoke-Dotnet build $solution -c $Configuration @properties
        Start-Demo
    }
    'Help' { Invoke-Dotnet build $module -c $Configuration @properties }
    # Quoted: a bare -t:Package given to a function would be split into '-t:' and 'Package'.
    'Package' { Invoke-Dotnet build $module -c $Configuration '-t:Package' @properties }
    'Clean' { Invoke-Dotnet clean $solution -c $Configuration @properties }
}
