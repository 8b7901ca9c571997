BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    function Write-TestCsv([string] $Text) {
        $path = Join-Path $TestDrive ("rows-$([guid]::NewGuid()).csv")
        Set-Content -Path $path -Value $Text
        $path
    }
    function Get-Wire {
        foreach ($r in @(Get-EmulatorRequest)) {
            $pairs = foreach ($k in $r.FormKeys) { "$k=$($r.Form[$k])" }
            "$($r.Method) $($r.Path) $($pairs -join '&')".TrimEnd()
        }
    }
    function Get-Members([string] $Alias) {
        @(Invoke-EmulatorQuery 'SELECT forwarding FROM forwardings WHERE address=$a AND is_list=1 ORDER BY forwarding' @{ a = $Alias } | ForEach-Object { $_.forwarding })
    }
    function Reset-SyncEmulator($Release) {
        if ($Release -is [string]) { Reset-TestEmulator -Release $Release } else { Reset-TestEmulator }
    }
}
AfterAll { Stop-TestEmulator }

# Add -ForEach @('current', 'legacy') to each Describe once Reset-TestEmulator -Release lands.
Describe 'Sync-IRedAliasMember' {
    BeforeEach {
        Reset-SyncEmulator $_
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedAlias sales@example.com -Member a@example.com, b@example.com, old@example.org
        New-IRedAlias team@example.com -Member a@example.com, b@example.com
        New-IRedAlias empty@example.com -Member x@example.com
        $csv = Write-TestCsv @'
Alias,Member,Note
sales@example.com,a@example.com,kept
Sales@Example.com,C@Example.com,new
team@example.com,b@example.com,
team@example.com,a@example.com,
empty@example.com,,no members at all
sales@example.com,b@example.com,
'@
        Clear-EmulatorRequest
    }

    It '-WhatIf reads each alias once, sends nothing and writes the plan' {
        $plan = @(Import-Csv $csv | Sync-IRedAliasMember -WhatIf)

        Get-Wire | Should -Be @('GET /api/alias/sales@example.com', 'GET /api/alias/team@example.com', 'GET /api/alias/empty@example.com')
        $plan | Should -HaveCount 3
        $plan[0].GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedAliasMemberSyncItem'
        "$($plan.Action)" | Should -Be 'Update Unchanged Update'
        "$($plan.Result)" | Should -Be 'Planned None Planned'
        $plan[0].Added | Should -Be @('c@example.com')
        $plan[0].Removed | Should -Be @('old@example.org')
        "$($plan[0].Changes)" | Should -Be "Member: (none) -> 'c@example.com' Member: 'old@example.org' -> (none)"
        $plan[2].Removed | Should -Be @('x@example.com')
        Get-Members sales@example.com | Should -Be @('a@example.com', 'b@example.com', 'old@example.org')
    }

    It 'sends one PUT per differing alias with only the differences; the second run sends none' {
        $result = @(Import-Csv $csv | Sync-IRedAliasMember -ErrorVariable err)

        $err | Should -BeNullOrEmpty
        Get-Wire | Should -Be @(
            'GET /api/alias/sales@example.com'
            'PUT /api/alias/sales@example.com addMember=c@example.com&removeMember=old@example.org'
            'GET /api/alias/team@example.com'
            'GET /api/alias/empty@example.com'
            'PUT /api/alias/empty@example.com removeMember=x@example.com')
        "$($result.Result)" | Should -Be 'Applied None Applied'
        Get-Members sales@example.com | Should -Be @('a@example.com', 'b@example.com', 'c@example.com')
        Get-Members team@example.com | Should -Be @('a@example.com', 'b@example.com')
        Get-Members empty@example.com | Should -BeNullOrEmpty

        $again = @(Import-Csv $csv | Sync-IRedAliasMember)
        @(Get-EmulatorRequest).Method | Should -Be @('GET', 'GET', 'GET')
        "$($again.Action)" | Should -Be 'Unchanged Unchanged Unchanged'
    }

    It 'the table view shows each alias with the members added and removed' {
        $text = Import-Csv $csv | Sync-IRedAliasMember -WhatIf | Format-Table | Out-String -Width 200
        $text | Should -Match 'Action\s+Alias\s+Result\s+Added\s+Removed'
        $text | Should -Match 'Update\s+sales@example.com\s+Planned\s+c@example.com\s+old@example.org'
    }

    It 'leaves an alias alone when one of its rows has a bad member, and reports a missing alias' {
        $bad = Write-TestCsv @'
Alias,Member
sales@example.com,a@example.com
sales@example.com,not an address
team@example.com,a@example.com
ghost@example.com,a@example.com
'@
        $result = @(Import-Csv $bad | Sync-IRedAliasMember -ErrorVariable err -ErrorAction SilentlyContinue)

        $err | Should -HaveCount 3
        $err[0].FullyQualifiedErrorId | Should -BeLike 'INVALID_MAIL,*'
        $err[0].TargetObject | Should -Be 'not an address'
        $err[1].FullyQualifiedErrorId | Should -BeLike 'ALIAS_SKIPPED,*'
        $err[1].TargetObject | Should -Be 'sales@example.com'
        $err[2].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[2].TargetObject | Should -Be 'ghost@example.com'
        Get-Wire | Should -Be @(
            'GET /api/alias/team@example.com'
            'PUT /api/alias/team@example.com removeMember=b@example.com'
            'GET /api/alias/ghost@example.com')
        "$($result.Mail)" | Should -Be 'team@example.com'
        Get-Members sales@example.com | Should -Be @('a@example.com', 'b@example.com', 'old@example.org')
    }

    It 'takes one alias and its members as parameters' {
        $result = Sync-IRedAliasMember -Alias team@example.com -Member b@example.com, d@example.com
        "$($result.Added) / $($result.Removed)" | Should -Be 'd@example.com / a@example.com'
        Get-Members team@example.com | Should -Be @('b@example.com', 'd@example.com')
    }

    It 'applies every difference once under faults and a session lost midway, with -ThrottleLimit' {
        Connect-TestEmulator -Parameters @{ MaxRetries = 10 }
        $lines = @('Alias,Member')
        foreach ($i in 1..12) {
            New-IRedAlias ('list{0:D2}@example.com' -f $i) -Member old@example.com, keep@example.com
            $lines += 'list{0:D2}@example.com,keep@example.com' -f $i
            $lines += 'list{0:D2}@example.com,new{0:D2}@example.com' -f $i
        }
        $rows = @(Import-Csv (Write-TestCsv ($lines -join "`n")))
        Clear-EmulatorRequest
        Set-EmulatorSetting -FaultRate 0.3 -FaultPoint after -FaultKind 503, drop -FaultSeed 7
        & { $rows[0..11]; Invoke-EmulatorSessionExpiry | Out-Null; $rows[12..23] } |
            Sync-IRedAliasMember -ThrottleLimit 4 -ErrorVariable err | Out-Null
        Set-EmulatorSetting -FaultRate 0

        $err | Should -BeNullOrEmpty
        (Get-EmulatorStat).faultsInjected | Should -BeGreaterThan 0
        foreach ($i in 1..12) {
            Get-Members ('list{0:D2}@example.com' -f $i) | Should -Be @('keep@example.com', ('new{0:D2}@example.com' -f $i))
        }
        Clear-EmulatorRequest
        $again = @($rows | Sync-IRedAliasMember)
        @(Get-EmulatorRequest | Where-Object Method -ne 'GET') | Should -BeNullOrEmpty
        ($again | Where-Object Action -ne 'Unchanged') | Should -BeNullOrEmpty
    }
}
