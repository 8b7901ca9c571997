# Write-Progress on bulk changes: shown to a person at an interactive host, never to scripts and runbooks.
# The module decides by the host (not the engine's "Default Host") and the process command line (no -NonInteractive);
# the Pester run is -NonInteractive, so the interactive cases run in a fresh pwsh started as a console would be.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
    # One of four fails (no such domain), so the bar shows failures too.
    $script:Bulk = {
        'p1@prog.example', 'p2@nowhere.example', 'p3@prog.example', 'p4@prog.example' |
            New-IRedUser -Password $pw -ErrorAction SilentlyContinue
    }
}
AfterAll { Stop-TestEmulator }

Describe 'New-IRedUser progress' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        Add-EmulatorUser -Domain prog.example -Count 0
    }

    It 'shows an interactive host a bar with done, failed and rate, then its completion' {
        $r = Invoke-WithRecordingHost $script:Bulk

        $r.Terminating | Should -BeNullOrEmpty
        $r.Output | Should -HaveCount 0
        Get-EmulatorCount mailbox 'domain = $d' @{ d = 'prog.example' } | Should -Be 3
        $records = @($r.HostProgress)
        $records.Count | Should -BeGreaterOrEqual 2 -Because 'a bar and its completion'
        $first = $records[0]
        $first.Activity | Should -Be 'New-IRedUser'
        "$($first.RecordType)" | Should -Be 'Processing'
        $first.StatusDescription | Should -Match '^2 done, 1 failed, [0-9.]+/s$'
        $last = $records[-1]
        "$($last.RecordType)" | Should -Be 'Completed'
        $last.ActivityId | Should -Be $first.ActivityId
        $last.StatusDescription | Should -Be '4 done, 1 failed'
        # The engine hands the same records to the Progress stream.
        @($r.Progress).StatusDescription | Should -Be @($records.StatusDescription)
    }

    It 'is silenced at an interactive host by $ProgressPreference = SilentlyContinue' {
        $r = Invoke-WithRecordingHost ([scriptblock]::Create("`$ProgressPreference = 'SilentlyContinue'`n" + $script:Bulk))

        $r.Terminating | Should -BeNullOrEmpty
        Get-EmulatorCount mailbox 'domain = $d' @{ d = 'prog.example' } | Should -Be 3
        @($r.HostProgress) | Should -HaveCount 0
        @($r.Progress) | Should -HaveCount 0
    }

    It 'gives a non-interactive host (a hosted runspace, a runbook) no progress' {
        $r = Invoke-WithStreams $script:Bulk -Variables @{ pw = (Get-TestPassword); IRedAdminConnection = (Get-IRedConnection) }

        $r.Terminating | Should -BeNullOrEmpty
        Get-EmulatorCount mailbox 'domain = $d' @{ d = 'prog.example' } | Should -Be 3
        @($r.Progress) | Should -HaveCount 0
    }

    It 'gives a console-like host in a pwsh started with -NonInteractive no progress' {
        $r = Invoke-WithRecordingHost $script:Bulk -NonInteractive

        $r.Terminating | Should -BeNullOrEmpty
        Get-EmulatorCount mailbox 'domain = $d' @{ d = 'prog.example' } | Should -Be 3
        @($r.HostProgress) | Should -HaveCount 0
        @($r.Progress) | Should -HaveCount 0
    }

    It 'shows no progress for a single item' {
        $r = Invoke-WithRecordingHost { New-IRedUser p1@prog.example -Password $pw }

        $r.Terminating | Should -BeNullOrEmpty
        @($r.Error) | Should -HaveCount 0
        Test-EmulatorAccount -Kind User p1@prog.example | Should -BeTrue
        @($r.HostProgress) | Should -HaveCount 0
        @($r.Progress) | Should -HaveCount 0
    }
}

Describe 'Add-IRedDomainAdmin progress' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        1..4 | ForEach-Object { Add-EmulatorUser -Domain "p$_.example" -Count 0 }
        Add-EmulatorUser -Domain hq.example -Count 1
    }

    It 'shows an interactive host the same bar as any bulk change, one item a domain' {
        # The second row names an account the server does not have.
        $r = Invoke-WithRecordingHost {
            1..4 | ForEach-Object { [pscustomobject]@{ Domain = "p$_.example"; Mail = if ($_ -eq 2) { 'ghost@hq.example' } else { 'user000001@hq.example' } } } |
                Add-IRedDomainAdmin -ErrorAction SilentlyContinue
        }

        $r.Terminating | Should -BeNullOrEmpty
        Get-EmulatorCount domain_admins 'username = $u' @{ u = 'user000001@hq.example' } | Should -Be 3
        $records = @($r.HostProgress)
        $records.Count | Should -BeGreaterOrEqual 2 -Because 'a bar and its completion'
        $records[0].Activity | Should -Be 'Add-IRedDomainAdmin'
        $records[0].StatusDescription | Should -Match '^2 done, 1 failed, [0-9.]+/s$'
        "$($records[-1].RecordType)" | Should -Be 'Completed'
        $records[-1].StatusDescription | Should -Be '4 done, 1 failed'
    }
}
