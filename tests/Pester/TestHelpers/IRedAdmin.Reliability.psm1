# Helpers of the reliability files (Reliability*.Tests.ps1): scripts run with every stream speaking, scanned for the
# suite's passwords, and the suite's figures written to reliability-figures.txt.

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# The test file has imported the harness already; without -Force this binds to that instance (its current emulator).
Import-Module ([System.IO.Path]::Combine($PSScriptRoot, 'IRedAdmin.TestHelpers.psm1'))

# Every password the reliability tests use (the emulator admin's and the suite's default included).
$script:Passwords = @('Bulk-Us3r-Passw0rd!', 'Emul@tor-Passw0rd', 'R3set-Passw0rd#2', 'Wr0ng-Admin-Passw0rd', 'Str0ng-Passw0rd!')

# Figures and the scan count live for the whole Pester run (one process, several files each re-importing this module),
# as the xunit suite's static did: kept in the AppDomain, not in module state.
$script:FiguresKey = 'IRedAdmin.ReliabilityFigures'
$script:ScannedKey = 'IRedAdmin.ReliabilitySecretsScanned'

function Get-ReliabilityFigureStore {
    $store = [AppDomain]::CurrentDomain.GetData($script:FiguresKey)
    if ($null -eq $store) {
        $store = [System.Collections.Generic.SortedDictionary[string, string]]::new([System.StringComparer]::Ordinal)
        [AppDomain]::CurrentDomain.SetData($script:FiguresKey, $store)
    }
    , $store
}

function Get-SecretScanCount { [int]([AppDomain]::CurrentDomain.GetData($script:ScannedKey) ?? 0) }

function Add-SecretScanCount([int] $Count) {
    [AppDomain]::CurrentDomain.SetData($script:ScannedKey, (Get-SecretScanCount) + $Count)
}

function Get-ReliabilityFigurePath {
    $root = if ($env:IREDADMIN_TEST_OUT) { $env:IREDADMIN_TEST_OUT } else { [System.IO.Path]::Combine((Get-TestRepoRoot), 'out') }
    [System.IO.Path]::Combine($root, 'reliability-figures.txt')
}

function Write-ReliabilityFigure {
    <#
    .SYNOPSIS
    Records figures of one test (printed, and the whole file rewritten, so it always holds the latest run's figures).
    Call it after the test's assertions: a leak fails its test before it records, so the file's password_hits = 0 holds.
    #>
    param([Parameter(Mandatory)] [string] $Test, [Parameter(Mandatory)] [System.Collections.IDictionary] $Figures)
    $store = Get-ReliabilityFigureStore
    [System.Threading.Monitor]::Enter($store)
    try {
        foreach ($k in $Figures.Keys) {
            $value = [System.Convert]::ToString($Figures[$k], [cultureinfo]::InvariantCulture)
            Write-Host "$Test.$k = $value"
            $store["$Test.$k"] = $value
        }
        $store['secrets.streams_and_log_entries_scanned'] = [string](Get-SecretScanCount)
        $store['secrets.password_hits'] = '0'
        $path = Get-ReliabilityFigurePath
        [System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($path)) | Out-Null
        $lines = @('# IRedAdmin reliability suite figures, ' + [DateTime]::UtcNow.ToString('u')) + @($store.GetEnumerator() | ForEach-Object { "$($_.Key) = $($_.Value)" })
        [System.IO.File]::WriteAllLines($path, [string[]]$lines)
    }
    finally { [System.Threading.Monitor]::Exit($store) }
}

function Invoke-AllStreams {
    <#
    .SYNOPSIS
    Invoke-WithStreams with every informational stream switched on (so a leak anywhere would show) and this session's
    connection as the default one of that runspace (unless -Variables brings its own).
    #>
    param([Parameter(Mandatory, Position = 0)] [scriptblock] $ScriptBlock, [hashtable] $Variables = @{},
        [System.Management.Automation.Host.PSHost] $Host_)
    $v = @{}
    foreach ($k in $Variables.Keys) { $v[$k] = $Variables[$k] }
    if (-not $v.ContainsKey('IRedAdminConnection')) {
        $connection = Get-Variable -Name IRedAdminConnection -Scope Global -ValueOnly -ErrorAction Ignore
        if ($connection) { $v.IRedAdminConnection = $connection }
    }
    $on = "`$VerbosePreference = 'Continue'; `$DebugPreference = 'Continue'; `$InformationPreference = 'Continue'; `$WarningPreference = 'Continue'`n"
    $splat = @{ ScriptBlock = [scriptblock]::Create($on + $ScriptBlock.ToString()); Variables = $v }
    if ($Host_) { $splat.Host_ = $Host_ }
    Invoke-WithStreams @splat
}

function Get-TerminatingRecord {
    <# The terminating error's record of an Invoke-WithStreams result (its Invoke() wraps it in a MethodInvocationException). #>
    param([Parameter(Mandatory)] $Result)
    $e = $Result.Terminating
    while ($e -and -not ($e -is [System.Management.Automation.IContainsErrorRecord] -and $e -isnot [System.Management.Automation.MethodInvocationException])) {
        $e = $e.InnerException
    }
    if ($e) { $e.ErrorRecord }
}

function Get-AllErrorRecord {
    <# Every error a script wrote, the terminating one last (what the user saw in red). #>
    param([Parameter(Mandatory)] $Result)
    @($Result.Error)
    Get-TerminatingRecord $Result
}

function Get-StreamText {
    param([Parameter(Mandatory)] $Result)
    $sb = [System.Text.StringBuilder]::new()
    foreach ($o in $Result.Output) { if ($null -ne $o) { [void]$sb.AppendLine($o.ToString()) } }
    foreach ($e in Get-AllErrorRecord $Result) {
        foreach ($t in $e.ToString(), $e.Exception, $e.Exception.Message, $e.Exception.InnerException, $e.ErrorDetails, $e.TargetObject, $e.CategoryInfo) {
            if ($null -ne $t) { [void]$sb.AppendLine($t.ToString()) }
        }
        if ($e.ErrorDetails) { [void]$sb.AppendLine($e.ErrorDetails.Message).AppendLine($e.ErrorDetails.RecommendedAction) }
    }
    foreach ($m in @($Result.Warning) + @($Result.Verbose) + @($Result.Debug)) { [void]$sb.AppendLine($m.Message) }
    foreach ($i in $Result.Information) { [void]$sb.AppendLine("$($i.MessageData)") }
    foreach ($p in $Result.Progress) { [void]$sb.AppendLine($p.Activity).AppendLine($p.StatusDescription).AppendLine($p.CurrentOperation) }
    if ($Result.Terminating) { [void]$sb.AppendLine($Result.Terminating.ToString()) }
    $sb.ToString()
}

function Assert-NoSecret {
    <#
    .SYNOPSIS
    Fails the test when any of the suite's passwords shows in any stream of an Invoke-WithStreams result (-Result) or in
    any request the emulator logged (-Request: path, raw path, query, form).
    #>
    param($Result, [object[]] $Request)
    $emulator = Get-TestEmulator
    $passwords = @($script:Passwords) + $emulator.AdminPassword | Select-Object -Unique
    if ($Result) {
        $text = Get-StreamText $Result
        Add-SecretScanCount 7
        foreach ($pw in $passwords) { $text.Contains($pw) | Should -BeFalse -Because "a password must never reach a stream (found '$pw')" }
    }
    $entries = @(foreach ($r in @($Request)) {
            if ($null -eq $r) { continue }
            $form = if ($r.Form) { @(foreach ($f in $r.Form.GetEnumerator()) { "$($f.Key)=$($f.Value)" }) -join '&' } else { '' }
            [pscustomobject]@{ Request = "$($r.Method) $($r.Path)"; Text = "$($r.Path) $($r.RawPath) $($r.Query) $form" }
        })
    Add-SecretScanCount $entries.Count
    # One look over the whole log; the entry is named only when there is a hit.
    $all = @(foreach ($e in $entries) { $e.Text }) -join "`n"
    foreach ($pw in $passwords) {
        if ($all.Contains($pw)) {
            $hit = $entries | Where-Object { $_.Text.Contains($pw) } | Select-Object -First 1
            $true | Should -BeFalse -Because "a password must never reach the wire log (found '$pw' in $($hit.Request))"
        }
    }
}

Export-ModuleMember -Function Write-ReliabilityFigure, Get-ReliabilityFigurePath, Invoke-AllStreams, Get-TerminatingRecord, Get-AllErrorRecord, Assert-NoSecret
