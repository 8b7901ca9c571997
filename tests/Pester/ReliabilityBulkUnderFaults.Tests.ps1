# A runbook's bulk create against a server that drops connections, answers 502/503 before and after applying, has
# latency spikes beyond the timeout, and expires sessions: every account exactly once, every failure reported.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.Reliability.psm1 -Force
    Import-TestModule
    $script:Emulator = Start-TestEmulator
    $script:UserPw = ConvertTo-SecureString 'Bulk-Us3r-Passw0rd!' -AsPlainText -Force

    # The module's connection for these tests: short retry delay, a 1 s timeout the latency spikes exceed.
    $script:ConnectParameters = @{ RetryDelay = [timespan]::FromMilliseconds(5); TimeoutSec = 1 }

    function Get-ExampleMailbox {
        $names = @{}
        Invoke-EmulatorQuery 'SELECT username, name FROM mailbox WHERE domain = $d' @{ d = 'example.com' } | ForEach-Object { $names[$_.username] = $_.name }
        $names
    }

    function Get-DuplicateCount {
        [int](Get-EmulatorScalar 'SELECT COUNT(*) FROM (SELECT lower(username) u FROM mailbox GROUP BY u HAVING COUNT(*) > 1)')
    }

    # Faults alternate between before and after the change is applied (every 50 ms); every 12th tick a latency spike
    # beyond the client's 1 s timeout. Runs beside the bulk in its own runspace, talking to the control surface.
    function Start-Chaos {
        $state = [hashtable]::Synchronized(@{ Stop = $false; Spikes = 0; Error = $null })
        $ps = [powershell]::Create()
        $ps.AddScript({
                param($root, $state)
                $http = [System.Net.Http.HttpClient]::new()
                try {
                    for ($tick = 0; -not $state.Stop; $tick++) {
                        $point = if ($tick % 2 -eq 0) { 'before' } else { 'after' }
                        $latency = 0
                        if ($tick % 12 -eq 6) { $latency = 1300; $state.Spikes++ }
                        $http.PutAsync("$root/_emulator/settings?faultPoint=$point&latencyMs=$latency", $null).GetAwaiter().GetResult().EnsureSuccessStatusCode() | Out-Null
                        Start-Sleep -Milliseconds 50
                    }
                    $http.PutAsync("$root/_emulator/settings?latencyMs=0", $null).GetAwaiter().GetResult().EnsureSuccessStatusCode() | Out-Null
                }
                catch { $state.Error = $_.ToString() }
                finally { $http.Dispose() }
            }).AddArgument($script:Emulator.Root).AddArgument($state) | Out-Null
        [pscustomobject]@{ PowerShell = $ps; Running = $ps.BeginInvoke(); State = $state }
    }

    function Stop-Chaos($Chaos) {
        $Chaos.State.Stop = $true
        $Chaos.PowerShell.EndInvoke($Chaos.Running) | Out-Null
        $Chaos.PowerShell.Dispose()
        if ($Chaos.State.Error) { throw "The chaos driver failed: $($Chaos.State.Error)" }
        $Chaos.State.Spikes
    }
}
AfterAll { Stop-TestEmulator }

Describe 'New-IRedUser bulk under faults' {
    BeforeEach {
        Reset-TestEmulator
    }

    It 'creates each of 1,000 accounts exactly once with 10% of requests failing' {
        # Few retries, so that some items do run out of them and the error path is exercised too.
        Connect-TestEmulator -Parameters ($script:ConnectParameters + @{ MaxRetries = 2 })
        New-IRedDomain example.com
        Clear-EmulatorRequest
        $items = 1000
        $expected = 1..$items | ForEach-Object { 'u{0:d4}@example.com' -f $_ }
        $faultsBefore = (Get-EmulatorStat).faultsInjected
        Set-EmulatorSetting -FaultSeed 20261124 -FaultKind 502, 503, drop -FaultRate 0.10 | Out-Null

        $chaos = Start-Chaos
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        try {
            # Rows as a CSV import would give them: Mail and Name.
            $result = Invoke-AllStreams {
                1..1000 | ForEach-Object { [pscustomobject]@{ Mail = ('u{0:d4}@example.com' -f $_); Name = ('User {0}' -f $_) } } |
                    New-IRedUser -Password $pw -ThrottleLimit 8
            } -Variables @{ pw = $script:UserPw }
        }
        finally {
            $watch.Stop()
            $spikes = Stop-Chaos $chaos
            Set-EmulatorSetting -FaultRate 0 -LatencyMs 0 | Out-Null
        }
        $faults = (Get-EmulatorStat).faultsInjected - $faultsBefore
        $log = @(Get-EmulatorRequest -IncludeLogin)
        $mailboxes = Get-ExampleMailbox

        $result.Terminating | Should -BeNullOrEmpty
        # Only items that could not be completed are errors, each once, each saying what is known of the item.
        $failed = @{}
        foreach ($e in $result.Error) { $failed[[string]$e.TargetObject] = $e }
        $failed.Count | Should -Be @($result.Error).Count
        foreach ($mail in $failed.Keys) {
            $mail | Should -BeIn $expected
            $details = "$($failed[$mail].ErrorDetails.Message)"
            ($details -like '*Not applied*' -or $details -like '*Outcome unknown*') |
                Should -BeTrue -Because "$mail failed with $($failed[$mail].FullyQualifiedErrorId) $details"
            if ($details -like '*Not applied*') { $mailboxes.ContainsKey($mail) | Should -BeFalse -Because "$mail was reported not applied" }
        }
        # Every item that was not reported is there, with our values.
        $reported = $expected.Where({ -not $failed.ContainsKey($_) })
        $reported.Where({ -not $mailboxes.ContainsKey($_) }) | Should -BeNullOrEmpty
        $reported | Select-Object -First 50 | ForEach-Object { $mailboxes[$_] | Should -Be ('User {0}' -f [int]$_.Substring(1, 4)) }
        $log.Where({ $_.ErrorCode -eq 'ALREADY_EXISTS' }) | Should -HaveCount 0
        $duplicates = Get-DuplicateCount
        $duplicates | Should -Be 0

        # The runbook's second pass: only items reported as not created (or not there) are sent again.
        $rerun = @($failed.Keys | Where-Object { -not $mailboxes.ContainsKey($_) })
        $second = Invoke-AllStreams {
            $rerun | ForEach-Object { [pscustomobject]@{ Mail = $_; Name = ('User {0}' -f [int]$_.Substring(1, 4)) } } | New-IRedUser -Password $pw -ThrottleLimit 8
        } -Variables @{ rerun = $rerun; pw = $script:UserPw }
        @(Get-AllErrorRecord $second) | Should -HaveCount 0

        $after = Get-ExampleMailbox
        $after.Count | Should -Be $items
        Get-DuplicateCount | Should -Be 0
        $expected.Where({ -not $after.ContainsKey($_) }) | Should -BeNullOrEmpty
        # Creates that took effect although their answer was lost: recognised by the check, never sent again.
        $faulted = @{}; $answered = @{}
        foreach ($r in $log) {
            if ($r.Method -ne 'POST' -or -not $r.Path.StartsWith('/api/user/')) { continue }
            $mail = $r.Path.Substring('/api/user/'.Length)
            if ($r.FaultInjected) { $faulted[$mail] = $true }
            if ($r.Status -eq 200) { $answered[$mail] = $true }
        }
        $appliedButLost = $expected.Where({ $mailboxes.ContainsKey($_) -and $faulted.ContainsKey($_) -and -not $answered.ContainsKey($_) }).Count
        $appliedButLost | Should -BeGreaterThan 0 -Because 'an after-apply fault must hit a create, or the check path was not exercised'
        # About one request in ten failed (the rate applies to every request, checks and logins included).
        $faults | Should -BeGreaterOrEqual ($items * 8 / 100)

        Assert-NoSecret -Result $result
        Assert-NoSecret -Result $second
        Assert-NoSecret -Request $log
        $errors = @($failed.Values)
        Write-ReliabilityFigure bulk ([ordered]@{
                items                                  = $items
                faults_injected                        = $faults
                faults_dropped_connection              = $log.Where({ $_.FaultInjected -and $_.Status -eq 0 }).Count
                faults_5xx                             = $log.Where({ $_.FaultInjected -and $_.Status -ge 500 }).Count
                latency_spikes                         = $spikes
                requests_timed_out_in_spikes           = $log.Where({ $_.Status -eq 0 -and -not $_.FaultInjected }).Count
                requests_sent                          = $log.Count
                creates_applied_answer_lost_recognised = $appliedButLost
                checks_after_lost_answer               = $log.Where({ $_.Method -eq 'GET' -and $_.Path.StartsWith('/api/user/') }).Count
                logins                                 = $log.Where({ $_.Path -eq '/api/login' }).Count
                errors_reported_first_pass             = $failed.Count
                errors_not_applied                     = @($errors | Where-Object { "$($_.ErrorDetails.Message)" -like '*Not applied*' }).Count
                errors_outcome_unknown                 = @($errors | Where-Object { "$($_.ErrorDetails.Message)" -like '*Outcome unknown*' }).Count
                rerun_items                            = $rerun.Count
                accounts_after                         = $after.Count
                duplicates                             = $duplicates
                missing                                = $items - $after.Count
                already_exists_answers                 = $log.Where({ $_.ErrorCode -eq 'ALREADY_EXISTS' }).Count
                seconds                                = [math]::Round($watch.Elapsed.TotalSeconds, 1)
            })
    }

    It 'renews sessions expiring mid-bulk without a single failure' {
        $count = 300
        Connect-TestEmulator -Parameters ($script:ConnectParameters + @{ MaxRetries = 6 })
        New-IRedDomain example.com
        Set-EmulatorSetting -SessionTimeoutSeconds 1 | Out-Null
        Clear-EmulatorRequest

        # Every 75 items the feed pauses longer than the idle timeout, as a slow CSV source or a long ForEach would.
        # The runspace logs in right before the feed starts, so only the pauses can expire its session.
        $result = Invoke-AllStreams {
            Connect-IRedAdmin -Uri $uri -Credential $cred -RetryDelay 00:00:00.005 -TimeoutSec 1 -MaxRetries 6
            1..300 | ForEach-Object {
                if ($_ % 75 -eq 0) { Start-Sleep -Milliseconds 1600 }
                [pscustomobject]@{ Mail = ('u{0:d4}@example.com' -f $_); Name = ('User {0}' -f $_) }
            } | New-IRedUser -Password $pw -ThrottleLimit 8
        } -Variables @{ pw = $script:UserPw; uri = $script:Emulator.BaseUri; cred = $script:Emulator.Credential; IRedAdminConnection = $null }

        @(Get-AllErrorRecord $result) | Should -HaveCount 0
        Get-EmulatorCount mailbox 'domain = $d' @{ d = 'example.com' } | Should -Be $count
        $log = @(Get-EmulatorRequest -IncludeLogin)
        $expired = @($log | Where-Object ErrorCode -EQ 'LOGIN_REQUIRED').Count
        $relogins = @($log | Where-Object Path -EQ '/api/login').Count - 1
        $expired | Should -BeGreaterOrEqual 3 -Because "the session expired only $expired times"
        # One login per expiry, however many requests were in flight when it happened.
        $relogins | Should -BeIn 3, 4
        Assert-NoSecret -Result $result -Request $log
        Write-ReliabilityFigure session_expiry ([ordered]@{
                items = $count; requests_refused_login_required = $expired; relogins = $relogins; failures = @(Get-AllErrorRecord $result).Count })
    }

    It 'logs in exactly once when eight parallel requests meet an expired session' {
        Connect-TestEmulator -Parameters ($script:ConnectParameters + @{ MaxRetries = 6 })
        New-IRedDomain example.com
        1..8 | ForEach-Object { 'p{0}@example.com' -f $_ } | New-IRedUser -Password $script:UserPw
        Invoke-EmulatorSessionExpiry | Out-Null
        # Latency keeps all eight in flight together when they meet the dead session.
        Set-EmulatorSetting -LatencyMs 150 | Out-Null
        Clear-EmulatorRequest

        $result = Invoke-AllStreams { 1..8 | ForEach-Object { 'p{0}@example.com' -f $_ } | Set-IRedUser -Name 'Renamed' -ThrottleLimit 8 }

        @(Get-AllErrorRecord $result) | Should -HaveCount 0
        $log = @(Get-EmulatorRequest -IncludeLogin)
        @($log | Where-Object Path -EQ '/api/login') | Should -HaveCount 1
        $refused = @($log | Where-Object ErrorCode -EQ 'LOGIN_REQUIRED').Count
        $refused | Should -BeGreaterOrEqual 4 -Because "only $refused requests met the expired session at once"
        @($log | Where-Object { $_.Method -eq 'PUT' -and $_.Status -eq 200 -and $null -eq $_.ErrorCode }) | Should -HaveCount 8
        1..8 | ForEach-Object { (Get-EmulatorRow -Table mailbox -Column username -Key "p$_@example.com").name | Should -Be 'Renamed' }
        Assert-NoSecret -Result $result -Request $log
        Write-ReliabilityFigure parallel_renewal ([ordered]@{ requests_refused_at_once = $refused; relogins = 1 })
    }
}
