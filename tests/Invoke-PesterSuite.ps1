<#
.SYNOPSIS
    Runs the Pester suite (tests/Pester) in this pwsh and writes NUnit XML plus a pass/fail summary; build.ps1 Test
    starts it in a fresh pwsh. Uses Pester 5 from PSModulePath, else restores the pinned NuGet package (tools/PesterRestore).
#>
param(
    [Parameter(Mandatory)] [string] $ResultDirectory,
    # Comma-separated files or names under tests/Pester (e.g. SpamPolicy); default: all of them.
    [string] $Path,
    [ValidateSet('None', 'Normal', 'Detailed', 'Diagnostic')] [string] $Output = 'Normal',
    # The emulator release the suite runs against. Tests tagged CurrentOnly (endpoints and behaviour that only later
    # releases have) are left out of a legacy run, LegacyOnly ones out of a current run.
    [ValidateSet('current', 'legacy')] [string] $Release = 'current'
)

$ErrorActionPreference = 'Stop'
$repo = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..'))

$pester = Get-Module -ListAvailable Pester | Where-Object { $_.Version.Major -eq 5 } | Sort-Object Version -Descending | Select-Object -First 1
if ($pester) {
    $pesterManifest = $pester.Path
}
else {
    $restoreProject = [System.IO.Path]::Combine($repo, 'tools', 'PesterRestore', 'PesterRestore.csproj')
    $dotnet = if ($env:DOTNET_HOST_PATH) { $env:DOTNET_HOST_PATH } else { 'dotnet' }
    & $dotnet restore $restoreProject --verbosity quiet | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "Restoring Pester failed (dotnet restore $restoreProject)." }
    $assets = Get-Content ([System.IO.Path]::Combine($repo, 'tools', 'PesterRestore', 'obj', 'project.assets.json')) -Raw | ConvertFrom-Json -AsHashtable
    $version = ([xml](Get-Content $restoreProject -Raw)).Project.PropertyGroup.PesterVersion
    $pesterManifest = $assets.packageFolders.Keys | ForEach-Object { [System.IO.Path]::Combine($_, 'pester', $version, 'tools', 'Pester.psd1') } |
        Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $pesterManifest) { throw "Pester $version was restored but its module was not found in the NuGet package folders." }
}
Import-Module $pesterManifest -Force

$paths = if ($Path) {
    foreach ($p in $Path -split ',') {
        if (Test-Path $p) { $p }
        else { [System.IO.Path]::Combine($PSScriptRoot, 'Pester', ($p -replace '\.Tests\.ps1$', '') + '.Tests.ps1') }
    }
}
else { [System.IO.Path]::Combine($PSScriptRoot, 'Pester') }

[System.IO.Directory]::CreateDirectory($ResultDirectory) | Out-Null
$env:IREDADMIN_TEST_RELEASE = $Release
$undocumented = [System.IO.Path]::Combine($ResultDirectory, "undocumented-$Release.jsonl")
if (Test-Path $undocumented) { Remove-Item $undocumented }
$env:IREDADMIN_TEST_UNDOCUMENTED = $undocumented

$config = New-PesterConfiguration
$config.Filter.ExcludeTag = @(if ($Release -eq 'legacy') { 'CurrentOnly' } else { 'LegacyOnly' })
$config.Run.Path = @($paths)
$config.Run.PassThru = $true
$config.Output.Verbosity = $Output
$config.TestResult.Enabled = $true
$config.TestResult.OutputFormat = 'NUnitXml'
$config.TestResult.OutputPath = [System.IO.Path]::Combine($ResultDirectory, "pester-results-$Release.xml")
# Tests see PowerShell's default, as in a user's session: 'Stop' above is for this script's own steps only.
$ErrorActionPreference = 'Continue'
$result = Invoke-Pester -Configuration $config

# A failed BeforeAll/AfterAll or a file that does not parse fails no test of its own: count it, never hide it.
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount

# Every request of the run must carry only parameters current-api.md (or, on legacy, the older document) lists.
if ((Test-Path $undocumented) -and (Get-Item $undocumented).Length -gt 0) {
    $records = @(Get-Content $undocumented | ConvertFrom-Json)
    Write-Host "[-] $($records.Count) request(s) on $Release carried parameters the API document does not list:" -ForegroundColor Red
    $records | Group-Object { "$($_.method) $($_.path) [$($_.undocumented -join ',')] <- $([System.IO.Path]::GetFileName($_.test))" } |
        ForEach-Object { Write-Host "    $($_.Count) x $($_.Name)" -ForegroundColor Red }
    $failed += 1
}
@{ passed = $result.PassedCount; failed = $failed; skipped = $result.SkippedCount; notRun = $result.NotRunCount } |
    ConvertTo-Json | Set-Content -Path ([System.IO.Path]::Combine($ResultDirectory, "pester-summary-$Release.json"))
exit $(if ($failed -gt 0 -or $result.Result -ne 'Passed') { 1 } else { 0 })
