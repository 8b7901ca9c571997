# Ctrl+C (PowerShell.Stop) or -ErrorAction Stop during a -ThrottleLimit bulk create: what is in flight is cancelled or
# waited for, nothing is sent twice, and every request is either written to the output, or applied and named on the
# host, or named as cancelled with its outcome unknown.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    # The host warnings that name what could not be written: done, failed, and cancelled in flight (outcome unknown).
    function Read-UnwrittenReport([string[]] $Warnings) {
        $names = {
            param($marker)
            @(foreach ($line in $Warnings | Where-Object { $_ -like "*$marker*" }) {
                    $tail = $line.Substring($line.IndexOf(': ', $line.IndexOf($marker)) + 2)
                    foreach ($entry in $tail -split ', ') { ($entry -split ' ')[0] }
                })
        }
        [pscustomobject]@{
            Done    = & $names 'were done but not written'
            Failed  = & $names 'failed and their errors were not written'
            Unknown = & $names 'cancelled in flight'
        }
    }

    function Get-StopExampleUser {
        @(Invoke-EmulatorQuery 'SELECT username FROM mailbox WHERE domain = $d' @{ d = 'stop.example' } | ForEach-Object { $_.username })
    }

    # Aborted requests are logged when the server notices them: wait until none is in flight and the log stops growing.
    function Wait-QuietEmulator {
        $deadline = [DateTime]::UtcNow.AddSeconds(60)
        $last = -1
        while ($true) {
            $stat = Get-EmulatorStat
            if ($stat.inFlight -eq 0 -and $stat.requests -eq $last) { return }
            if ([DateTime]::UtcNow -gt $deadline) { throw 'The emulator did not become quiet within 60 s.' }
            $last = $stat.requests
            Start-Sleep -Milliseconds 300
        }
    }
}
AfterAll { Stop-TestEmulator }

Describe 'New-IRedUser -ThrottleLimit ended early' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        Add-EmulatorUser -Domain stop.example -Count 0
        Clear-EmulatorRequest
    }

    It 'Ctrl+C cancels what is in flight, and every request is applied once or reported' {
        $in = 1..60 | ForEach-Object { "u$_@stop.example" }
        Set-EmulatorSetting -LatencyMs 150 | Out-Null
        $recording = New-TestRecordingHost
        $rs = [runspacefactory]::CreateRunspace($recording, [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2())
        $rs.Open()
        $ps = [powershell]::Create()
        try {
            $ps.Runspace = $rs
            $ps.AddScript("Import-Module '$(Get-TestModulePath)' -ErrorAction Stop").Invoke() | Out-Null
            $rs.SessionStateProxy.SetVariable('IRedAdminConnection', (Get-IRedConnection))
            $rs.SessionStateProxy.SetVariable('pw', (Get-TestPassword))
            $rs.SessionStateProxy.SetVariable('in', $in)
            $ps.Commands.Clear()
            $ps.AddScript('$in | New-IRedUser -Password $pw -ThrottleLimit 8 -PassThru') | Out-Null
            $none = [System.Management.Automation.PSDataCollection[psobject]]::new()
            $none.Complete()
            $output = [System.Management.Automation.PSDataCollection[psobject]]::new()
            $running = $ps.BeginInvoke($none, $output)
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while ((Get-EmulatorCount mailbox 'domain = $d' @{ d = 'stop.example' }) -lt 12) {
                if ([DateTime]::UtcNow -gt $deadline) { throw 'The bulk did not reach 12 accounts within 60 s.' }
                Start-Sleep -Milliseconds 20
            }
            $ps.Stop()
            $ended = try { $ps.EndInvoke($running); $null } catch { $_.Exception.InnerException }
            $state = $ps.InvocationStateInfo.State
        }
        finally { $ps.Dispose(); $rs.Dispose() }

        $ended | Should -BeOfType ([System.Management.Automation.PipelineStoppedException])
        "$state" | Should -Be 'Stopped'
        $written = @($output | ForEach-Object { $_.Mail })
        $report = Read-UnwrittenReport $recording.Warnings
        Wait-QuietEmulator
        $posts = @(Get-EmulatorRequest | Where-Object Method -EQ 'POST' | ForEach-Object { $_.Path.Substring('/api/user/'.Length) })
        $inDb = Get-StopExampleUser

        $posts.Count | Should -BeLessThan 60 -Because 'the stop came before every item was sent'
        # Output is the input's order, and everything written really exists.
        if ($written.Count) { $written | Should -Be $in[0..($written.Count - 1)] }
        $written | Where-Object { $_ -notin $inDb } | Should -BeNullOrEmpty
        # Never sent twice: a cancelled request is not retried.
        @($posts | Select-Object -Unique).Count | Should -Be $posts.Count
        # Every request sent is accounted for exactly once: written, or named in the host report. A cancelled item may
        # also be one whose request never reached the server; it is named as unknown all the same.
        $accounted = @($written) + $report.Done + $report.Failed + $report.Unknown
        @($accounted | Select-Object -Unique).Count | Should -Be $accounted.Count
        $posts | Where-Object { $_ -notin $accounted } | Should -BeNullOrEmpty
        $accounted | Where-Object { $_ -notin $posts -and $_ -notin $report.Unknown } | Should -BeNullOrEmpty
        $report.Unknown | Should -Not -BeNullOrEmpty
        # Applied means written or reported; "done" means applied; only "unknown" may go either way.
        $inDb | Where-Object { $_ -notin $accounted } | Should -BeNullOrEmpty
        $report.Done | Where-Object { $_ -notin $inDb } | Should -BeNullOrEmpty
        $report.Failed | Should -BeNullOrEmpty
    }

    It '-ErrorAction Stop waits for what was sent and names it' {
        # The second item fails; items 3..8 are already in flight then and must not vanish.
        $in = @('a1@stop.example', 'a2@nowhere.example') + (3..12 | ForEach-Object { "a$_@stop.example" })
        Set-EmulatorSetting -LatencyMs 50 | Out-Null
        $recording = New-TestRecordingHost

        $r = Invoke-WithStreams { $in | New-IRedUser -Password $pw -ThrottleLimit 8 -ErrorAction Stop } -Host_ $recording `
            -Variables @{ in = $in; pw = (Get-TestPassword); IRedAdminConnection = (Get-IRedConnection) }

        # The runspace's Invoke() wraps the stop in a MethodInvocationException; inside is what the user's prompt shows.
        $stop = $r.Terminating.InnerException
        $stop | Should -BeOfType ([System.Management.Automation.ActionPreferenceStopException])
        $stop.ErrorRecord.FullyQualifiedErrorId | Should -Be 'NO_SUCH_ACCOUNT,IRedAdmin.Cmdlets.User.NewIRedUserCommand'
        $stop.ErrorRecord.TargetObject | Should -Be 'a2@nowhere.example'
        $report = Read-UnwrittenReport $recording.Warnings
        $posts = @(Get-EmulatorRequest | Where-Object Method -EQ 'POST' | ForEach-Object { $_.Path.Substring('/api/user/'.Length) })
        @($posts | Sort-Object { [array]::IndexOf($in, $_) }) | Should -Be $in[0..($posts.Count - 1)]
        @($report.Done | Sort-Object) | Should -Be @($posts | Where-Object { $_ -notin $in[0], $in[1] } | Sort-Object)
        $report.Done | Should -Not -BeNullOrEmpty
        $report.Failed | Should -BeNullOrEmpty
        $report.Unknown | Should -BeNullOrEmpty
        $inDb = Get-StopExampleUser
        $report.Done | Where-Object { $_ -notin $inDb } | Should -BeNullOrEmpty
        $in[-1] | Should -Not -BeIn $inDb
    }
}

Describe 'Add-IRedDomainAdmin -ThrottleLimit ended early' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        1..12 | ForEach-Object { Add-EmulatorUser -Domain "s$_.example" -Count 0 }
        Add-EmulatorUser -Domain hq.example -Count 1
        Clear-EmulatorRequest
    }

    It '-ErrorAction Stop waits for the domains already sent and names them' {
        # The second domain's change fails (no such account); domains 3..8 are in flight then and must not vanish.
        $in = 1..12 | ForEach-Object { "s$_.example" }
        Set-EmulatorSetting -LatencyMs 50 | Out-Null
        $recording = New-TestRecordingHost

        $r = Invoke-WithStreams {
            $in | ForEach-Object { [pscustomobject]@{ Domain = $_; Mail = if ($_ -eq 's2.example') { 'ghost@hq.example' } else { 'user000001@hq.example' } } } |
                Add-IRedDomainAdmin -ThrottleLimit 8 -ErrorAction Stop
        } -Host_ $recording -Variables @{ in = $in; IRedAdminConnection = (Get-IRedConnection) }

        $stop = $r.Terminating.InnerException
        $stop | Should -BeOfType ([System.Management.Automation.ActionPreferenceStopException])
        $stop.ErrorRecord.FullyQualifiedErrorId | Should -Be 'NO_SUCH_ACCOUNT,IRedAdmin.Cmdlets.DomainAdmin.AddIRedDomainAdminCommand'
        $stop.ErrorRecord.TargetObject | Should -Be 's2.example'
        $report = Read-UnwrittenReport $recording.Warnings
        $puts = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT' | ForEach-Object { $_.Path.Substring('/api/domain/admins/'.Length) })
        # Each domain sent at most once, in input order, and none after the stop.
        @($puts | Select-Object -Unique).Count | Should -Be $puts.Count
        @($puts | Sort-Object { [array]::IndexOf($in, $_) }) | Should -Be $in[0..($puts.Count - 1)]
        @($report.Done | Sort-Object) | Should -Be @($puts | Where-Object { $_ -notin $in[0], $in[1] } | Sort-Object)
        $report.Done | Should -Not -BeNullOrEmpty
        $report.Failed | Should -BeNullOrEmpty
        $report.Unknown | Should -BeNullOrEmpty
        $managed = @(Invoke-EmulatorQuery 'SELECT domain FROM domain_admins WHERE username = $u' @{ u = 'user000001@hq.example' } | ForEach-Object domain)
        $report.Done | Where-Object { $_ -notin $managed } | Should -BeNullOrEmpty
        $in[-1] | Should -Not -BeIn $managed
    }
}
