# Test-IRedAdminApi against the emulator: every area on SQL and LDAP, current and legacy releases, what it leaves on
# the server (nothing), a step that fails (an injected fault on one path), and its refusal of an existing domain.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
    $scratch = 'scratch.example.net'

    # Everything the check may have created: accounts of the scratch domain, its admin, policies, throttles, lists.
    function Get-Leftover {
        $like = @{ d = $scratch; l = "%$scratch" }
        [ordered]@{
            domain      = Get-EmulatorCount domain 'domain = $d' $like
            mailbox     = Get-EmulatorCount mailbox 'domain = $d' $like
            alias       = Get-EmulatorCount alias 'domain = $d' $like
            admin       = Get-EmulatorCount admin 'username LIKE $l' $like
            maillists   = Get-EmulatorCount maillists 'domain = $d' $like
            throttle    = Get-EmulatorCount throttle 'account LIKE $l' $like
            domainAdmin = Get-EmulatorCount domain_admins 'domain = $d' $like
        }
    }
    function Get-ResultTable($Results) { @($Results | ForEach-Object { "$($_.Area)|$($_.Operation)|$($_.Result)" }) }
}
AfterAll { Stop-TestEmulator }

Describe 'Test-IRedAdminApi on <Backend>, <Release> release' -ForEach @(
    @{ Backend = 'sql'; Release = 'current' }
    @{ Backend = 'ldap'; Release = 'current' }
    @{ Backend = 'sql'; Release = 'legacy' }
    @{ Backend = 'ldap'; Release = 'legacy' }
) {
    BeforeAll {
        Reset-TestEmulator -Backend $Backend -Release $Release
        Connect-TestEmulator
        $results = @(Test-IRedAdminApi -ScratchDomain $scratch -Confirm:$false)
        $requests = @(Get-EmulatorRequest)
    }
    AfterAll { Reset-TestEmulator -Release current }

    It 'writes one IRedApiCheck per operation, in areas, with a detail each' {
        $results.Count | Should -BeGreaterThan 50
        foreach ($r in $results) {
            $r.GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedApiCheck'
            "$($r.Result)" | Should -BeIn @('Pass', 'Fail', 'Skipped')
            $r.Detail | Should -Not -BeNullOrEmpty -Because "$($r.Area): $($r.Operation) says why"
        }
        @($results.Area | Select-Object -Unique) | Should -Be @('Connection', 'Domain', 'User', 'Alias', 'Admin', 'List', 'SpamPolicy', 'Throttle', 'SenderList', 'Greylisting', 'LDIF')
        $results[-1].Operation | Should -Be 'Remove scratch domain'
    }

    It 'passes every step the server supports and fails none' {
        @($results | Where-Object Result -EQ 'Fail' | ForEach-Object { "$($_.Area): $($_.Operation): $($_.Detail)" }) | Should -BeNullOrEmpty
        $skipped = @($results | Where-Object Result -EQ 'Skipped' | ForEach-Object Area | Select-Object -Unique)
        if ($Release -eq 'current') {
            # Only what the backend lacks: LDAP mailing lists and LDIF on SQL.
            $expected = if ($Backend -eq 'sql') { @('List', 'LDIF') } else { @() }
            $skipped | Should -Be $expected
        }
        else {
            # The older release lacks the listings, mlmmj lists, white/blacklists and greylisting.
            foreach ($area in 'SenderList', 'Greylisting') {
                @($results | Where-Object { $_.Area -eq $area -and $_.Result -ne 'Skipped' }) | Should -BeNullOrEmpty -Because "$area came with later releases"
            }
            ($results | Where-Object Operation -EQ 'Create subscribable list').Detail | Should -Match 'later releases'
        }
        $ldif = @($results | Where-Object Area -EQ 'LDIF')
        $ldif | Should -HaveCount 6
        if ($Backend -eq 'ldap') { @($ldif.Result | Select-Object -Unique) | Should -Be @('Pass') }
        else { @($ldif.Result | Select-Object -Unique) | Should -Be @('Skipped') }
    }

    It 'reads every change back (a GET follows each change) and leaves nothing behind' {
        foreach ($i in 0..($requests.Count - 1)) {
            $q = $requests[$i]
            if ($q.Method -eq 'GET' -or $q.Status -ne 200) { continue }
            $after = @($requests | Select-Object -Skip ($i + 1) -First 3 | Where-Object Method -EQ 'GET')
            $after | Should -Not -BeNullOrEmpty -Because "$($q.Method) $($q.Path) is read back"
        }
        @($requests | Where-Object { $_.Path -like '*/global*' -and $_.Method -ne 'GET' }) | Should -BeNullOrEmpty -Because 'global settings are never changed'
        $left = Get-Leftover
        foreach ($k in $left.Keys) { $left[$k] | Should -Be 0 -Because "no $k of the scratch domain is left" }
        @($requests | Where-Object { $_.Undocumented }) | ForEach-Object { "$($_.Method) $($_.Path): $($_.Undocumented)" } | Should -BeNullOrEmpty
    }
}

Describe 'Test-IRedAdminApi when a step fails' {
    BeforeEach {
        Reset-TestEmulator -Backend sql -Release current
        Connect-TestEmulator
    }

    It 'reports the failed step, goes on, and still removes everything' {
        # Every change of the alias fails with a server error; the rest of the server works.
        Set-EmulatorSetting -FaultRate 1 -FaultKind 500 -FaultPath /api/alias/ -FaultMethod PUT
        $results = @(Test-IRedAdminApi $scratch -Confirm:$false)

        $failed = @($results | Where-Object Result -EQ 'Fail')
        Get-ResultTable $failed | Should -Be @('Alias|Change alias|Fail')
        $failed[0].Detail | Should -Match 'PUT /api/alias/'
        ($results | Where-Object Operation -EQ 'Remove alias').Result | Should -Be 'Pass'
        ($results | Where-Object Operation -EQ 'Remove user').Result | Should -Be 'Pass'
        $results[-1].Operation | Should -Be 'Remove scratch domain'
        "$($results[-1].Result)" | Should -Be 'Pass'
        $left = Get-Leftover
        foreach ($k in $left.Keys) { $left[$k] | Should -Be 0 -Because "no $k of the scratch domain is left" }
    }

    It 'skips what depends on a failed creation and removes the rest, the domain last' {
        Set-EmulatorSetting -FaultRate 1 -FaultKind 500 -FaultPath /api/user/ -FaultMethod POST
        $results = @(Test-IRedAdminApi $scratch -Confirm:$false)

        ($results | Where-Object Operation -EQ 'Create user').Result | Should -Be 'Fail'
        foreach ($op in 'Change user', 'Create alias', 'Set user policy', 'Remove user') {
            $r = $results | Where-Object Operation -EQ $op
            "$($r.Result)" | Should -Be 'Skipped'
            $r.Detail | Should -Match "needs 'User: Create user'"
        }
        # The standalone admin lives outside the scratch domain: it is removed on its own.
        ($results | Where-Object Operation -EQ 'Remove standalone admin').Result | Should -Be 'Pass'
        "$($results[-1].Result)" | Should -Be 'Pass'
        $left = Get-Leftover
        foreach ($k in $left.Keys) { $left[$k] | Should -Be 0 -Because "no $k of the scratch domain is left" }
    }

    It 'removes leftovers after a removal step failed, and says so' {
        Set-EmulatorSetting -FaultRate 1 -FaultKind 500 -FaultPath /api/admin/ -FaultMethod DELETE
        $results = @(Test-IRedAdminApi $scratch -Confirm:$false)
        ($results | Where-Object Operation -EQ 'Remove standalone admin').Result | Should -Be 'Fail'
        # The cleanup tries again, and fails again: the user is told what to remove by hand.
        $cleanup = @($results | Where-Object Area -EQ 'Cleanup')
        Get-ResultTable $cleanup | Should -Be @('Cleanup|Remove standalone admin iredadmin-check-admin@admins.scratch.example.net|Fail')
        $cleanup[0].Detail | Should -Match 'by hand'

        Set-EmulatorSetting -FaultRate 0
        Get-EmulatorCount admin 'username LIKE $l' @{ l = "%$scratch" } | Should -Be 1
        (Get-Leftover).domain | Should -Be 0
    }
}

Describe 'Test-IRedAdminApi stopped with Ctrl+C' {
    It 'still removes what it created before it ends' {
        Reset-TestEmulator -Backend sql -Release current
        # The users listing stops after its first byte: the check is then surely in the middle of its run.
        Set-EmulatorHold -Path '/api/users/' -AfterBytes 1
        $emulator = Get-TestEmulator
        $ps = [powershell]::Create()
        try {
            $ps.AddScript("Import-Module '$(Get-TestModulePath)' -ErrorAction Stop").AddStatement().AddScript({
                    param($Uri, $Credential, $Scratch)
                    Connect-IRedAdmin -Uri $Uri -Credential $Credential | Out-Null
                    Test-IRedAdminApi $Scratch -Confirm:$false
                }).AddArgument($emulator.BaseUri).AddArgument($emulator.Credential).AddArgument($scratch) | Out-Null
            $output = [System.Management.Automation.PSDataCollection[psobject]]::new()
            $async = $ps.BeginInvoke([System.Management.Automation.PSDataCollection[psobject]]::new(), $output)
            # Enumerating an open PSDataCollection blocks: its items are read by index.
            function Get-Operation { for ($i = 0; $i -lt $output.Count; $i++) { $output[$i].Operation } }
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            # Each area's results are written when the area is done: the domain's are out, the user's area is running.
            while (@(Get-Operation) -notcontains 'Set catch-all' -or (Get-EmulatorStat).inFlight -lt 1) {
                if ($async.IsCompleted -or [DateTime]::UtcNow -gt $deadline) { throw "The check did not reach the held listing: $($ps.Streams.Error)" }
                Start-Sleep -Milliseconds 50
            }
            (Get-Leftover).mailbox | Should -Be 1 -Because 'the scratch user exists while the check runs'

            $ps.Stop()
            @(Get-Operation) | Should -Not -Contain 'List users' -Because 'the check stopped in that step'
            $left = Get-Leftover
            foreach ($k in $left.Keys) { $left[$k] | Should -Be 0 -Because "no $k of the scratch domain is left after Ctrl+C" }
        }
        finally {
            Resume-EmulatorHold
            $ps.Dispose()
        }
    }
}

Describe 'Test-IRedAdminApi -ThrottleLimit' {
    It 'runs areas at once, with the same results in the same order as one at a time, and leaves nothing behind' {
        Reset-TestEmulator -Backend ldap -Release current
        # Each request takes a while, so areas running at once overlap on the server.
        Set-EmulatorSetting -LatencyMs 40 | Out-Null
        Connect-TestEmulator
        Get-EmulatorStat -Reset | Out-Null
        $one = @(Test-IRedAdminApi $scratch -Confirm:$false)
        (Get-EmulatorStat).maxInFlight | Should -Be 1
        foreach ($k in ($left = Get-Leftover).Keys) { $left[$k] | Should -Be 0 -Because "no $k is left after -ThrottleLimit 1" }

        Get-EmulatorStat -Reset | Out-Null
        $four = @(Test-IRedAdminApi $scratch -Confirm:$false -ThrottleLimit 4)
        (Get-EmulatorStat).maxInFlight | Should -BeIn (2..4)
        Get-ResultTable $four | Should -Be (Get-ResultTable $one)
        @($four | Where-Object Result -EQ 'Fail') | Should -BeNullOrEmpty
        foreach ($k in ($left = Get-Leftover).Keys) { $left[$k] | Should -Be 0 -Because "no $k is left after -ThrottleLimit 4" }
    }
}

Describe 'Test-IRedAdminApi refusals' {
    BeforeEach {
        Reset-TestEmulator -Backend sql -Release current
        Connect-TestEmulator
    }

    It 'refuses an existing domain and changes nothing' {
        New-IRedDomain $scratch
        New-IRedUser "keep@$scratch" -Password (Get-TestPassword)
        Clear-EmulatorRequest
        { Test-IRedAdminApi $scratch -Confirm:$false } | Should -Throw -ErrorId 'SCRATCH_DOMAIN_EXISTS,*'
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @("GET /api/domain/$scratch")
        Test-EmulatorAccount -Kind User "keep@$scratch" | Should -BeTrue
    }

    It 'sends nothing under -WhatIf and refuses a bad name' {
        Test-IRedAdminApi $scratch -WhatIf | Should -BeNullOrEmpty
        { Test-IRedAdminApi 'not a domain' -Confirm:$false } | Should -Throw -ErrorId 'INVALID_DOMAIN_NAME,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'shows its results as a table of Area, Operation, Result and Detail' {
        $text = Test-IRedAdminApi $scratch -Confirm:$false | Out-String -Width 200
        $text | Should -Match 'Area\s+Operation\s+Result\s+Detail'
        $text | Should -Match 'Domain\s+Remove scratch domain\s+Pass'
    }
}
