# Helpers for the Pester suite: the staged module, an emulator process on 127.0.0.1 and its control surface
# (/_emulator: request log, state queries, reset, faults). Every test asserts through these what reached the wire
# and what the server holds afterwards.

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$script:RepoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..', '..'))
$script:Current = $null
$script:TestPasswordText = 'Str0ng-Passw0rd!'

function Get-TestRepoRoot { $script:RepoRoot }

function Get-TestModulePath {
    # build.ps1 Test passes the staged module; a contributor running Invoke-Pester by hand gets the default stage.
    if ($env:IREDADMIN_TEST_MODULE) { return $env:IREDADMIN_TEST_MODULE }
    [System.IO.Path]::Combine($script:RepoRoot, 'out', 'IRedAdmin', 'IRedAdmin.psd1')
}

function Get-TestEmulatorPath {
    if ($env:IREDADMIN_TEST_EMULATOR) { return $env:IREDADMIN_TEST_EMULATOR }
    foreach ($configuration in 'Debug', 'Release') {
        $dll = [System.IO.Path]::Combine($script:RepoRoot, 'src', 'IRedAdmin.Emulator', 'bin', $configuration, 'net10.0', 'IRedAdmin.Emulator.dll')
        if (Test-Path $dll) { return $dll }
    }
    throw 'The emulator is not built: run ./build.ps1 Build first.'
}

function Import-TestModule {
    <# Imports the staged module into the caller's session (global scope, as a user's Import-Module would). #>
    Import-Module (Get-TestModulePath) -Force -Global -ErrorAction Stop
}

function Get-TestPassword {
    <# The password the suite gives new accounts, as a SecureString (-AsPlainText for the text itself). #>
    param([switch] $AsPlainText)
    if ($AsPlainText) { return $script:TestPasswordText }
    ConvertTo-SecureString $script:TestPasswordText -AsPlainText -Force
}

function Start-TestEmulator {
    <#
    .SYNOPSIS
    Starts an emulator process on a free loopback port and waits until it listens. It stops with this pwsh process.
    .OUTPUTS
    An object with BaseUri (the iRedAdmin root to connect to), Root (scheme://127.0.0.1:port), Credential, Process.
    -Release picks the API generation (current-api.md or the older document); its default is
    $env:IREDADMIN_TEST_RELEASE, else 'current', so a whole run can target legacy.
    #>
    param(
        [ValidateSet('sql', 'ldap')] [string] $Backend = 'sql',
        [ValidateSet('current', 'legacy')] [string] $Release = $(if ($env:IREDADMIN_TEST_RELEASE) { $env:IREDADMIN_TEST_RELEASE } else { 'current' }),
        [string] $Prefix = '/iredadmin',
        [switch] $Https,
        [string[]] $ArgumentList = @(),
        [switch] $NoDefault,
        # For tests that send undocumented parameters on purpose (e.g. Invoke-IRedAdminApi, the emulator's own record).
        [switch] $AllowUndocumented
    )
    $dotnet = if ($env:DOTNET_HOST_PATH) { $env:DOTNET_HOST_PATH } else { 'dotnet' }
    $arguments = @((Get-TestEmulatorPath), '--urls', ($(if ($Https) { 'https' } else { 'http' }) + '://127.0.0.1:0'),
        '--backend', $Backend, '--release', $Release, '--prefix', $Prefix, '--exit-with', $PID)
    if ($Https) { $arguments += '--https' }
    $arguments += $ArgumentList

    $info = [System.Diagnostics.ProcessStartInfo]::new($dotnet)
    foreach ($a in $arguments) { $info.ArgumentList.Add([string]$a) }
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($info)
    $process.StandardError.ReadToEndAsync() | Out-Null

    $baseUri = $null; $thumbprint = $null; $admin = 'postmaster@example.com'; $password = 'Emul@tor-Passw0rd'
    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    while ([DateTime]::UtcNow -lt $deadline) {
        $line = $process.StandardOutput.ReadLine()
        if ($null -eq $line) { throw "The emulator exited during start-up (exit code $($process.ExitCode))." }
        if ($line -match 'listening on (\S+)') { $baseUri = $Matches[1] }
        elseif ($line -match 'Login: username=(\S+) password=(\S+)') { $admin = $Matches[1]; $password = $Matches[2] }
        elseif ($line -match 'thumbprint \(SHA-1\): (\S+)') { $thumbprint = $Matches[1] }
        elseif ($line -match 'Press Ctrl\+C') { break }
    }
    if (-not $baseUri) { $process.Kill(); throw 'The emulator did not report its address within 60 s.' }
    # Keep draining its output so a chatty emulator can never block on a full pipe.
    $process.StandardOutput.ReadToEndAsync() | Out-Null

    $uri = [uri]$baseUri
    $emulator = [pscustomobject]@{
        PSTypeName    = 'IRedAdmin.TestEmulator'
        BaseUri       = $baseUri.TrimEnd('/')
        Root          = $uri.GetLeftPart([System.UriPartial]::Authority)
        Backend       = $Backend
        Release       = $Release
        AdminEmail    = $admin
        AdminPassword = $password
        Credential    = [pscredential]::new($admin, (ConvertTo-SecureString $password -AsPlainText -Force))
        Thumbprint    = $thumbprint
        Process       = $process
        AllowUndocumented = [bool]$AllowUndocumented
    }
    if (-not $NoDefault) { $script:Current = $emulator }
    $emulator
}

function Stop-TestEmulator {
    param([Parameter(ValueFromPipeline)] $Emulator = $script:Current)
    process {
        if (-not $Emulator) { return }
        if (-not $Emulator.Process.HasExited) {
            Save-EmulatorUndocumented -Emulator $Emulator
            $Emulator.Process.Kill()
            $Emulator.Process.WaitForExit(10000) | Out-Null
        }
        $Emulator.Process.Dispose()
        if ($script:Current -eq $Emulator) { $script:Current = $null }
    }
}

function Use-TestEmulator {
    <# Makes this emulator the default of the other helpers. #>
    param([Parameter(Mandatory)] $Emulator)
    $script:Current = $Emulator
}

function Get-TestEmulator {
    if (-not $script:Current) { throw 'No test emulator: call Start-TestEmulator first.' }
    $script:Current
}

function Invoke-EmulatorControl {
    <# One call to the control surface; answers are hashtables (ordered as sent) or arrays of them. #>
    param(
        [Parameter(Mandatory)] [string] $Method,
        [Parameter(Mandatory)] [string] $Path,
        [System.Collections.IDictionary] $Parameters = @{},
        $Emulator = (Get-TestEmulator)
    )
    $query = ($Parameters.GetEnumerator() | Where-Object { $null -ne $_.Value } | ForEach-Object {
            [uri]::EscapeDataString([string]$_.Key) + '=' + [uri]::EscapeDataString([string]$_.Value)
        }) -join '&'
    $uri = "$($Emulator.Root)/_emulator/$($Path.TrimStart('/'))" + $(if ($query) { "?$query" } else { '' })
    $response = Invoke-WebRequest -Uri $uri -Method $Method -SkipCertificateCheck -SkipHttpErrorCheck -UseBasicParsing
    $text = if ($response.Content -is [byte[]]) { [System.Text.Encoding]::UTF8.GetString($response.Content) } else { $response.Content }
    if ($response.StatusCode -ne 200) { throw "Emulator control $Method /_emulator/$Path answered $($response.StatusCode): $text" }
    if ($text -eq 'null') { return $null }
    # -NoEnumerate keeps an empty or one-row answer an array.
    ConvertFrom-Json -InputObject $text -AsHashtable -NoEnumerate -Depth 20
}

function Reset-TestEmulator {
    <#
    Fresh data (only the seeded admin), no sessions, an empty request log and undocumented-parameter record, no faults;
    optionally the other backend or release (either stays as it was when not given).
    #>
    param([ValidateSet('sql', 'ldap')] [string] $Backend, [ValidateSet('current', 'legacy')] [string] $Release, $Emulator = (Get-TestEmulator))
    Save-EmulatorUndocumented -Emulator $Emulator
    $p = @{}
    if ($Backend) { $p.backend = $Backend; $Emulator.Backend = $Backend }
    if ($Release) { $p.release = $Release; $Emulator.Release = $Release }
    Invoke-EmulatorControl POST reset $p -Emulator $Emulator | Out-Null
}

function Connect-TestEmulator {
    <# Connects the module to the emulator with the seeded admin; extra parameters go to Connect-IRedAdmin. #>
    param([hashtable] $Parameters = @{}, $Emulator = (Get-TestEmulator), [switch] $PassThru)
    $splat = @{ Uri = $Emulator.BaseUri; Credential = $Emulator.Credential; RetryDelay = [timespan]::FromMilliseconds(10) }
    if ($Emulator.BaseUri -like 'https:*' -and -not $Parameters.ContainsKey('CertificateThumbprint')) { $splat.SkipCertificateCheck = $true }
    foreach ($k in $Parameters.Keys) { $splat[$k] = $Parameters[$k] }
    Connect-IRedAdmin @splat -PassThru:$PassThru
}

function Get-EmulatorRequest {
    <#
    .SYNOPSIS
    The requests the emulator served since the last call (the log is then cleared), login excluded unless asked.
    Each has Method, Path (decoded, relative to the prefix), RawPath, Query, Form (ordered; secrets masked),
    FormKeys, Status, ErrorCode, FaultInjected, Undocumented (parameters the release's document does not list for the pair).
    #>
    param([switch] $IncludeLogin, [switch] $Keep, $Emulator = (Get-TestEmulator))
    $all = Invoke-EmulatorControl GET requests -Emulator $Emulator
    if (-not $Keep) { Invoke-EmulatorControl DELETE requests -Emulator $Emulator | Out-Null }
    foreach ($r in $all) {
        if (-not $IncludeLogin -and $r.path -eq '/api/login') { continue }
        [pscustomobject]@{
            PSTypeName    = 'IRedAdmin.TestRequest'
            Method        = $r.method
            Path          = $r.path
            RawPath       = $r.rawPath
            Query         = $r.query
            Form          = $r.form
            FormKeys      = [string[]]@($r.formKeys)
            Status        = $r.status
            ErrorCode     = $r.errorCode
            FaultInjected = $r.faultInjected
            Undocumented  = [string[]]@($r.undocumented)
        }
    }
}

function Save-EmulatorUndocumented {
    <#
    The suite-wide check that the module sends only documented parameters: before a reset or stop wipes the emulator's
    record, its undocumented requests are appended to $env:IREDADMIN_TEST_UNDOCUMENTED (one JSON line each, with the
    test that sent them); tests/Invoke-PesterSuite.ps1 fails the run when that file is not empty.
    #>
    param($Emulator = (Get-TestEmulator))
    if (-not $env:IREDADMIN_TEST_UNDOCUMENTED -or $Emulator.AllowUndocumented) { return }
    $found = @(Get-EmulatorUndocumented -Emulator $Emulator)
    if ($found.Count -eq 0) { return }
    # The file whose tests sent them (the reset runs before the next test of that file, or at its end).
    $test = (Get-PSCallStack | Where-Object { $_.ScriptName -like '*.Tests.ps1' } | Select-Object -First 1).ScriptName
    $lines = foreach ($r in $found) {
        [ordered]@{ release = $Emulator.Release; backend = $Emulator.Backend; method = $r.Method; path = $r.Path; undocumented = $r.Undocumented; test = $test } |
            ConvertTo-Json -Compress
    }
    Add-Content -Path $env:IREDADMIN_TEST_UNDOCUMENTED -Value $lines
}

function Get-EmulatorUndocumented {
    <#
    .SYNOPSIS
    Every request since the emulator started or was reset that carried a parameter its release's document does not
    list for that method+path pair (clearing the request log keeps them). Each has Method, Path, Query, FormKeys,
    Status, ErrorCode and Undocumented (the names).
    #>
    param($Emulator = (Get-TestEmulator))
    foreach ($r in (Invoke-EmulatorControl GET undocumented -Emulator $Emulator)) {
        [pscustomobject]@{
            PSTypeName   = 'IRedAdmin.TestUndocumentedRequest'
            Method       = $r.method
            Path         = $r.path
            Query        = $r.query
            FormKeys     = [string[]]@($r.formKeys)
            Status       = $r.status
            ErrorCode    = $r.errorCode
            Undocumented = [string[]]@($r.undocumented)
        }
    }
}

function Clear-EmulatorRequest {
    param($Emulator = (Get-TestEmulator))
    Invoke-EmulatorControl DELETE requests -Emulator $Emulator | Out-Null
}

function Get-EmulatorRow {
    <# One row of a table by a key column, as a hashtable; $null when there is none. #>
    param([Parameter(Mandatory)] [string] $Table, [Parameter(Mandatory)] [string] $Column, [Parameter(Mandatory)] [string] $Key,
        $Emulator = (Get-TestEmulator))
    Invoke-EmulatorControl GET state/row @{ table = $Table; column = $Column; key = $Key } -Emulator $Emulator
}

function ConvertTo-SqlParameters([System.Collections.IDictionary] $Parameters, [hashtable] $Into) {
    foreach ($k in $Parameters.Keys) {
        $name = if ($k.StartsWith('$')) { $k } else { '$' + $k }
        $Into[$name] = $Parameters[$k]
    }
    $Into
}

function Invoke-EmulatorQuery {
    <# Read-only SELECT on the emulator's SQLite (iRedMail's schema); parameters as @{ e = 'a@x' } for $e. #>
    param([Parameter(Mandatory, Position = 0)] [string] $Sql, [Parameter(Position = 1)] [System.Collections.IDictionary] $Parameters = @{},
        $Emulator = (Get-TestEmulator))
    $rows = Invoke-EmulatorControl GET state/query (ConvertTo-SqlParameters $Parameters @{ sql = $Sql }) -Emulator $Emulator
    foreach ($row in $rows) { $row }
}

function Get-EmulatorScalar {
    param([Parameter(Mandatory, Position = 0)] [string] $Sql, [Parameter(Position = 1)] [System.Collections.IDictionary] $Parameters = @{},
        $Emulator = (Get-TestEmulator))
    Invoke-EmulatorControl GET state/scalar (ConvertTo-SqlParameters $Parameters @{ sql = $Sql }) -Emulator $Emulator
}

function Get-EmulatorCount {
    param([Parameter(Mandatory, Position = 0)] [string] $Table, [Parameter(Position = 1)] [string] $Where,
        [Parameter(Position = 2)] [System.Collections.IDictionary] $Parameters = @{}, $Emulator = (Get-TestEmulator))
    $p = ConvertTo-SqlParameters $Parameters @{ table = $Table }
    if ($Where) { $p.where = $Where }
    [int](Invoke-EmulatorControl GET state/count $p -Emulator $Emulator).count
}

function Test-EmulatorAccount {
    <# Whether the emulator holds this domain, mailbox, alias or standalone admin (read from its tables, not the API). #>
    param([Parameter(Mandatory)] [ValidateSet('Domain', 'User', 'Alias', 'Admin')] [string] $Kind,
        [Parameter(Mandatory, Position = 0)] [string] $Name, $Emulator = (Get-TestEmulator))
    $table, $column = switch ($Kind) {
        'Domain' { 'domain', 'domain' }
        'User' { 'mailbox', 'username' }
        'Alias' { 'alias', 'address' }
        'Admin' { 'admin', 'username' }
    }
    (Get-EmulatorCount $table "$column = `$k" @{ k = $Name.ToLowerInvariant() } -Emulator $Emulator) -gt 0
}

function Add-EmulatorUser {
    <# Seeds user000001@domain... straight into the database (the domain is created when missing). #>
    param([Parameter(Mandatory)] [string] $Domain, [Parameter(Mandatory)] [int] $Count, [int] $QuotaMB = 1024,
        $Emulator = (Get-TestEmulator))
    Invoke-EmulatorControl POST state/seed-users @{ domain = $Domain; count = $Count; quotaMb = $QuotaMB } -Emulator $Emulator | Out-Null
}

function Invoke-EmulatorSql {
    <# A write straight into the database, for a state the API cannot reach; tests only. #>
    param([Parameter(Mandatory, Position = 0)] [string] $Sql, [Parameter(Position = 1)] [System.Collections.IDictionary] $Parameters = @{},
        $Emulator = (Get-TestEmulator))
    (Invoke-EmulatorControl POST state/execute (ConvertTo-SqlParameters $Parameters @{ sql = $Sql }) -Emulator $Emulator).changed
}

function Set-EmulatorSetting {
    <# Switches latency, faults and session expiry while the emulator runs. #>
    param(
        [int] $LatencyMs,
        [double] $FaultRate,
        [ValidateSet('before', 'after')] [string] $FaultPoint,
        [ValidateSet('500', '502', '503', 'drop')] [string[]] $FaultKind,
        [int] $FaultSeed,
        [double] $SessionTimeoutSeconds,
        [bool] $IncludePasswordHashInListing,
        [string[]] $AllowClient,
        # Faults hit only requests under this path (e.g. /api/alias/) and of this method; '' lifts the restriction.
        [string] $FaultPath,
        [string] $FaultMethod,
        $Emulator = (Get-TestEmulator)
    )
    $p = [ordered]@{}
    if ($PSBoundParameters.ContainsKey('LatencyMs')) { $p.latencyMs = $LatencyMs }
    if ($PSBoundParameters.ContainsKey('FaultRate')) { $p.faultRate = $FaultRate.ToString([cultureinfo]::InvariantCulture) }
    if ($FaultPoint) { $p.faultPoint = $FaultPoint }
    if ($FaultKind) { $p.faultKinds = $FaultKind -join ',' }
    if ($PSBoundParameters.ContainsKey('FaultSeed')) { $p.faultSeed = $FaultSeed }
    if ($PSBoundParameters.ContainsKey('SessionTimeoutSeconds')) { $p.sessionTimeoutSeconds = $SessionTimeoutSeconds.ToString([cultureinfo]::InvariantCulture) }
    if ($PSBoundParameters.ContainsKey('IncludePasswordHashInListing')) { $p.includePasswordHashInListing = $IncludePasswordHashInListing }
    if ($PSBoundParameters.ContainsKey('AllowClient')) { $p.allowClients = $AllowClient -join ',' }
    if ($PSBoundParameters.ContainsKey('FaultPath')) { $p.faultPath = $FaultPath }
    if ($PSBoundParameters.ContainsKey('FaultMethod')) { $p.faultMethod = $FaultMethod }
    Invoke-EmulatorControl PUT settings $p -Emulator $Emulator
}

function Get-EmulatorSetting { param($Emulator = (Get-TestEmulator)) Invoke-EmulatorControl GET settings -Emulator $Emulator }

function Invoke-EmulatorSessionExpiry {
    <# Ends every session now, as an idle timeout would. #>
    param($Emulator = (Get-TestEmulator))
    (Invoke-EmulatorControl POST sessions/expire -Emulator $Emulator).expired
}

function Invoke-EmulatorClientIpChange {
    <# The next authenticated request is answered as if the client's address changed (303 to login, session killed). #>
    param($Emulator = (Get-TestEmulator))
    Invoke-EmulatorControl POST sessions/change-client-ip -Emulator $Emulator | Out-Null
}

function Get-EmulatorStat {
    <# requests, faultsInjected, inFlight, maxInFlight, heldBodyFinished, lastServerError. #>
    param([switch] $Reset, $Emulator = (Get-TestEmulator))
    if ($Reset) { return Invoke-EmulatorControl DELETE stats -Emulator $Emulator }
    Invoke-EmulatorControl GET stats -Emulator $Emulator
}

function Set-EmulatorHold {
    <# Answers to paths starting with -Path are sent up to -AfterBytes, then held until Resume-EmulatorHold (30 s at most). #>
    param([Parameter(Mandatory)] [string] $Path, [int] $AfterBytes = 16384, $Emulator = (Get-TestEmulator))
    Invoke-EmulatorControl PUT hold @{ path = $Path; afterBytes = $AfterBytes } -Emulator $Emulator | Out-Null
}

function Resume-EmulatorHold {
    param($Emulator = (Get-TestEmulator))
    Invoke-EmulatorControl POST hold/release -Emulator $Emulator | Out-Null
}

function Invoke-TestPwsh {
    <#
    .SYNOPSIS
    Runs a script in a fresh pwsh process (what a new console or an Automation worker sees) and returns its
    ExitCode, Output (stdout lines) and Error (stderr text).
    #>
    param([Parameter(Mandatory)] [string] $Script, [System.Collections.IDictionary] $Environment = @{}, [switch] $Interactive, [int] $TimeoutSeconds = 120)
    $dotnet = if ($env:DOTNET_HOST_PATH) { $env:DOTNET_HOST_PATH } else { 'dotnet' }
    $self = (Get-Process -Id $PID).Path
    $info = [System.Diagnostics.ProcessStartInfo]::new($self)
    if ([System.IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') { $info.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll')) }
    foreach ($a in @('-NoLogo', '-NoProfile', '-OutputFormat', 'Text')) { $info.ArgumentList.Add($a) }
    if (-not $Interactive) { $info.ArgumentList.Add('-NonInteractive') }
    $info.ArgumentList.Add('-EncodedCommand')
    $info.ArgumentList.Add([Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($Script)))
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.RedirectStandardInput = $true
    $info.UseShellExecute = $false
    $info.WorkingDirectory = $script:RepoRoot
    # Plain text: colour escapes would end up in failure messages (and NUnit XML cannot hold them).
    $info.Environment['NO_COLOR'] = '1'
    # A $null value removes the variable (e.g. PSModulePath, so the child computes its own from HOME).
    foreach ($k in $Environment.Keys) {
        if ($null -eq $Environment[$k]) { [void]$info.Environment.Remove($k) } else { $info.Environment[$k] = [string]$Environment[$k] }
    }
    $p = [System.Diagnostics.Process]::Start($info)
    $p.StandardInput.Close()
    $out = $p.StandardOutput.ReadToEndAsync()
    $err = $p.StandardError.ReadToEndAsync()
    if (-not $p.WaitForExit($TimeoutSeconds * 1000)) { $p.Kill($true); throw "pwsh did not finish within $TimeoutSeconds s" }
    $p.WaitForExit()
    [pscustomobject]@{
        ExitCode = $p.ExitCode
        Output   = @($out.Result -split "`r?`n" | Where-Object { $_ -ne '' })
        Error    = $err.Result -replace "`e\[[0-9;]*[A-Za-z]", ''
    }
}

function Invoke-WithStreams {
    <#
    .SYNOPSIS
    Runs a script block in a new PowerShell of this runspace's kind and returns every stream it wrote: Output, Error,
    Warning, Verbose, Debug, Information, Progress (records). The module is imported there; variables are passed in.
    #>
    param([Parameter(Mandatory)] [scriptblock] $ScriptBlock, [hashtable] $Variables = @{}, [System.Management.Automation.Host.PSHost] $Host_)
    $iss = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2()
    $rs = if ($Host_) { [runspacefactory]::CreateRunspace($Host_, $iss) } else { [runspacefactory]::CreateRunspace($iss) }
    $rs.Open()
    try {
        foreach ($k in $Variables.Keys) { $rs.SessionStateProxy.SetVariable($k, $Variables[$k]) }
        $ps = [powershell]::Create()
        $ps.Runspace = $rs
        $ps.AddScript("Import-Module '$(Get-TestModulePath)' -ErrorAction Stop").AddStatement().AddScript($ScriptBlock.ToString()) | Out-Null
        $output = $null; $terminating = $null
        # Terminating is what Invoke() threw: a MethodInvocationException around the user's error (Get-TerminatingRecord unwraps it).
        try { $output = $ps.Invoke() } catch { $terminating = $_.Exception }
        [pscustomobject]@{
            Output      = @($output)
            Error       = @($ps.Streams.Error)
            Warning     = @($ps.Streams.Warning)
            Verbose     = @($ps.Streams.Verbose)
            Debug       = @($ps.Streams.Debug)
            Information = @($ps.Streams.Information)
            Progress    = @($ps.Streams.Progress)
            Terminating = $terminating
        }
        $ps.Dispose()
    }
    finally { $rs.Dispose() }
}

function Get-RecordingHostAssembly {
    <#
    RecordingHost.cs compiled into a DLL named by its content (compiling takes seconds), so later runs and child pwsh
    processes only load it. Written under another name and moved, so parallel runs never load a half-written file.
    #>
    $source = [System.IO.Path]::Combine($PSScriptRoot, 'RecordingHost.cs')
    $hash = (Get-FileHash $source -Algorithm SHA256).Hash.Substring(0, 16)
    $dll = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'iredadmin-tests', "IRedAdminTests.RecordingHost.$hash.dll")
    if (-not (Test-Path $dll)) {
        [System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName($dll)) | Out-Null
        $partial = "$dll.$PID.tmp"
        Add-Type -Path $source -OutputAssembly $partial -OutputType Library
        try { [System.IO.File]::Move($partial, $dll) } catch [System.IO.IOException] { Remove-Item $partial -ErrorAction SilentlyContinue }
    }
    $dll
}

function New-TestRecordingHost {
    <#
    .SYNOPSIS
    A PSHost that looks like a console with a person at it (not the engine's "Default Host") and records what the module
    shows on it: .Progress (ProgressRecords) and .Warnings (host warning lines). Use with Invoke-WithStreams -Host_.
    #>
    if (-not ('IRedAdminTests.RecordingHost' -as [type])) { Add-Type -Path (Get-RecordingHostAssembly) }
    [IRedAdminTests.RecordingHost]::new()
}

function Invoke-WithRecordingHost {
    <#
    .SYNOPSIS
    Runs a script block as a person's console would: in a fresh pwsh started without -NonInteractive (the module reads
    the command line to decide whether anybody is watching; the Pester run itself is -NonInteractive), in a runspace on a
    RecordingHost, connected to the emulator as $IRedAdminConnection. $pw holds the suite's password; -Variables must be
    serializable (no SecureStrings). -NonInteractive starts that pwsh as a runbook worker would.
    .OUTPUTS
    Deserialized Output, Error, Warning, Progress... (as Invoke-WithStreams) plus HostProgress and HostWarnings.
    #>
    param([Parameter(Mandatory)] [scriptblock] $ScriptBlock, [hashtable] $Variables = @{}, [switch] $NonInteractive,
        $Emulator = (Get-TestEmulator))
    $resultFile = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'iredadmin-tests', [guid]::NewGuid().ToString('n') + '.xml')
    $q = { param($s) "'" + ([string]$s).Replace("'", "''") + "'" }
    $child = @"
`$ErrorActionPreference = 'Stop'
Import-Module $(& $q ([System.IO.Path]::Combine($PSScriptRoot, 'IRedAdmin.TestHelpers.psm1')))
Add-Type -Path $(& $q (Get-RecordingHostAssembly))
`$credential = [pscredential]::new($(& $q $Emulator.AdminEmail), (ConvertTo-SecureString $(& $q $Emulator.AdminPassword) -AsPlainText -Force))
`$variables = [System.Management.Automation.PSSerializer]::Deserialize($(& $q ([System.Management.Automation.PSSerializer]::Serialize($Variables))))
`$v = @{}; foreach (`$k in `$variables.Keys) { `$v[`$k] = `$variables[`$k] }
`$v.pw = Get-TestPassword
`$v.__uri = $(& $q $Emulator.BaseUri); `$v.__cred = `$credential
`$recording = [IRedAdminTests.RecordingHost]::new()
`$script = 'Connect-IRedAdmin -Uri `$__uri -Credential `$__cred -RetryDelay 00:00:00.010 -SkipCertificateCheck:(`$__uri -like "https:*") | Out-Null' + [Environment]::NewLine + $(& $q $ScriptBlock.ToString())
`$streams = Invoke-WithStreams -ScriptBlock ([scriptblock]::Create(`$script)) -Variables `$v -Host_ `$recording
`$streams | Add-Member HostProgress `$recording.Progress
`$streams | Add-Member HostWarnings `$recording.Warnings
[System.IO.File]::WriteAllText($(& $q $resultFile), [System.Management.Automation.PSSerializer]::Serialize(`$streams, 4))
"@
    $run = Invoke-TestPwsh -Script $child -Interactive:(-not $NonInteractive)
    if (-not (Test-Path $resultFile)) { throw "The recording pwsh failed (exit code $($run.ExitCode)): $($run.Error)" }
    try { [System.Management.Automation.PSSerializer]::Deserialize([System.IO.File]::ReadAllText($resultFile)) }
    finally { Remove-Item $resultFile -ErrorAction SilentlyContinue }
}

function Copy-TestObjectVia {
    <#
    .SYNOPSIS
    The objects as a later command would get them: 'Live' as they are, 'Clixml' through Export-Clixml and Import-Clixml,
    'Job' as the output of a background job (both deserialized: property bags named Deserialized.<type>).
    #>
    param([Parameter(Mandatory)] [ValidateSet('Live', 'Clixml', 'Job')] [string] $Via, [Parameter(Mandatory)] [object[]] $InputObject)
    switch ($Via) {
        'Live' { $InputObject }
        'Clixml' {
            $file = Join-Path ([System.IO.Path]::GetTempPath()) ("iredadmin-test-{0}.xml" -f [guid]::NewGuid())
            try { $InputObject | Export-Clixml -LiteralPath $file; Import-Clixml -LiteralPath $file }
            finally { Remove-Item -LiteralPath $file -ErrorAction SilentlyContinue }
        }
        'Job' { Start-Job { $using:InputObject } | Receive-Job -Wait -AutoRemoveJob }
    }
}

Export-ModuleMember -Function *-*
