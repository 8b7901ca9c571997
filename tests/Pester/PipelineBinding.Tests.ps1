# Output objects and CSV rows bind to the next cmdlet's parameters by property name, as a PowerShell user chains them.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
}
AfterAll { Stop-TestEmulator }

# Listings (GET /api/domains, /api/users/<domain>) came with later releases: the tests that list are CurrentOnly.
Describe 'Pipeline binding between the cmdlets' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        $pw = Get-TestPassword
        'example.com', 'example.net' | New-IRedDomain
        'a@example.com', 'b@example.com', 'sales1@example.com', 'sales2@example.com', 'c@example.net' | New-IRedUser -Password $pw
        Clear-EmulatorRequest
    }

    It 'domains pipe into Get-IRedUser to list their users' -Tag CurrentOnly {
        $users = Get-IRedDomain | Get-IRedUser

        $users.Mail | Sort-Object -CaseSensitive | Should -Be @('a@example.com', 'b@example.com', 'c@example.net', 'sales1@example.com', 'sales2@example.com')
        $requests = @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" })
        $requests | Should -Contain 'GET /api/domains'
        $requests | Should -Contain 'GET /api/users/example.com'
        $requests | Should -Contain 'GET /api/users/example.net'
    }

    It 'a user read <Via> pipes into Get-IRedUser and reads that user' -ForEach @(
        @{ Via = 'as an object' }
        @{ Via = 'back from a CSV file' }
    ) {
        $user = Get-IRedUser a@example.com
        if ($Via -like '*CSV*') {
            $csv = Join-Path $TestDrive 'user.csv'
            $user | Export-Csv -Path $csv
            $user = Import-Csv -Path $csv
        }
        Clear-EmulatorRequest

        $again = $user | Get-IRedUser

        $again | Should -HaveCount 1
        $again.Mail | Should -Be 'a@example.com'
        Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" } | Should -Be 'GET /api/user/a@example.com'
    }

    It 'wildcards filter a domain listing client side' -Tag CurrentOnly {
        $users = Get-IRedUser 'sales*@example.com'

        $users.Mail | Sort-Object | Should -Be @('sales1@example.com', 'sales2@example.com')
        $requests = @(Get-EmulatorRequest)
        $requests | Should -HaveCount 1
        $requests[0].Path | Should -Be '/api/users/example.com'

        $err = $null
        Get-IRedUser 'sales*@*.com' -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'WILDCARD_NEEDS_LITERAL_DOMAIN,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'lists all domains, only disabled ones, and filters them by wildcard' -Tag CurrentOnly {
        Set-IRedDomain example.net -Status Disabled
        Clear-EmulatorRequest

        (Get-IRedDomain).Domain | Sort-Object | Should -Be @('example.com', 'example.net')
        (Get-IRedDomain -Disabled).Domain | Should -Be @('example.net')
        $requests = @(Get-EmulatorRequest)
        $requests[0].Query | Should -Not -BeLike '*disabled_only*'
        $requests[1].Query | Should -BeLike '*disabled_only*'
        (Get-IRedDomain '*.com').Domain | Should -Be @('example.com')
    }

    It 'users of a domain pipe into Set-IRedUser <Via>' -Tag CurrentOnly -ForEach @(
        @{ Via = 'straight from Get-IRedUser' }
        @{ Via = 'through Export-Csv and Import-Csv' }
    ) {
        if ($Via -like '*Csv*') {
            # A user's round trip: export the domain's users, then feed the file back in.
            $csv = Join-Path $TestDrive 'users.csv'
            Get-IRedUser -Domain example.com | Export-Csv -Path $csv
            Import-Csv -Path $csv | Set-IRedUser -Quota 3072
        }
        else {
            Get-IRedUser -Domain example.com | Set-IRedUser -Quota 3072
        }

        $puts = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $puts | Should -HaveCount 4
        $puts.Path | Sort-Object | Should -Be @('/api/user/a@example.com', '/api/user/b@example.com', '/api/user/sales1@example.com', '/api/user/sales2@example.com')
        foreach ($p in $puts) { $p.FormKeys | Should -Be @('quota') }
        Get-EmulatorCount mailbox "domain = 'example.com' AND quota = 3072" | Should -Be 4
        Get-EmulatorCount mailbox "domain = 'example.net' AND quota = 3072" | Should -Be 0
    }
}

Describe 'One scope model across the scoped cmdlets' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser u@example.com -Password (Get-TestPassword)
        Clear-EmulatorRequest
    }

    It 'a setting of one kind read <Via> names the account for every other kind' -ForEach @(@{ Via = 'Live' }, @{ Via = 'Clixml' }, @{ Via = 'Job' }) {
        $policies = @(Copy-TestObjectVia $Via (Get-IRedSpamPolicy -User u@example.com), (Get-IRedSpamPolicy -Domain example.com), (Get-IRedSpamPolicy -Global))
        Clear-EmulatorRequest

        $policies | Set-IRedGreylisting -Status Disabled -ThrottleLimit 3
        $policies | Add-IRedGreylistingWhitelist -Sender '@partner.com'
        $policies | Set-IRedThrottle -Direction Outbound -Period 60 -MaxMessages 9
        $policies | Add-IRedSenderList -Direction Inbound -List Blacklist -Sender spam@x.com
        # -ThrottleLimit 3 sends the three greylisting changes at once, so the log's order is not fixed: compared sorted.
        @(Get-EmulatorRequest | Where-Object Method -NE 'GET' | ForEach-Object { "$($_.Method) $($_.Path)" } | Sort-Object) | Should -Be @(@(
            'POST /api/greylisting/u@example.com', 'POST /api/greylisting/example.com', 'POST /api/greylisting/global',
            'POST /api/greylisting/u@example.com/whitelists', 'POST /api/greylisting/example.com/whitelists', 'POST /api/greylisting/global/whitelists',
            'POST /api/throttle/u@example.com/outbound', 'POST /api/throttle/example.com/outbound', 'POST /api/throttle/global/outbound',
            'POST /api/wblist/inbound/blacklist/u@example.com', 'POST /api/wblist/inbound/blacklist/example.com', 'POST /api/wblist/inbound/blacklist/global') | Sort-Object)

        @($policies | Get-IRedGreylisting | ForEach-Object { "$($_.Scope) $($_.Account) $($_.Status)" }) | Should -Be @(
            'User u@example.com Disabled', 'Domain example.com Disabled', 'Global global Disabled')
    }
}

Describe 'New-IRedDomain from a CSV file' {
    # Connecting to an older release asks what it is (GET /api/domains, the admin's profile): not this test's requests.
    BeforeEach { Reset-TestEmulator; Connect-TestEmulator; Clear-EmulatorRequest }

    It 'creates each domain with its columns' {
        $csv = Join-Path $TestDrive 'domains.csv'
        Set-Content -Path $csv -Value @(
            'Domain,Description,Quota,MaxUsers'
            'one.example,One,100,5'
        )

        Import-Csv -Path $csv | New-IRedDomain

        $post = @(Get-EmulatorRequest)
        $post | Should -HaveCount 1
        "$($post[0].Method) $($post[0].Path)" | Should -Be 'POST /api/domain/one.example'
        $post[0].FormKeys | Should -Be @('name', 'quota', 'numberOfUsers')
        $row = Get-EmulatorRow -Table domain -Column domain -Key one.example
        $row.description | Should -Be 'One'
        $row.maxquota | Should -Be 100
        $row.mailboxes | Should -Be 5
    }
}
