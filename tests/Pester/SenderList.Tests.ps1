# Get-/Add-/Remove-/Clear-IRedSenderList over /api/wblist/{inbound|outbound}/{whitelist|blacklist}/{global|domain|mail}.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
    # An unexpected error fails the test; expected ones are collected with -ErrorVariable (-ErrorAction SilentlyContinue).
    $PSDefaultParameterValues = @{ '*-IRed*:ErrorAction' = 'Stop' }
    $collect = @{ ErrorVariable = '+err'; ErrorAction = 'SilentlyContinue' }

    # Senders on an account's inbound white- (W) or blacklist (B), as amavisd stores them, sorted.
    function Get-InboundEntry([string] $Account, [string] $WB) {
        @(Invoke-EmulatorQuery ('SELECT m.email FROM wblist w JOIN users u ON u.id = w.rid JOIN mailaddr m ON m.id = w.sid ' +
                'WHERE u.email = $a AND w.wb = $wb ORDER BY 1') @{ a = $Account; wb = $WB } | ForEach-Object { $_.email })
    }
}
AfterAll { Stop-TestEmulator }

Describe 'Sender lists' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser u@example.com -Password (Get-TestPassword)
        Clear-EmulatorRequest
    }

    It 'adds, gets, removes and clears a user''s inbound blacklist' {
        $added = @(Add-IRedSenderList -User u@example.com -Direction Inbound -List Blacklist `
                -Sender spam@x.com, '@Bad.org', '@.evil.net', '192.0.2.1', '198.51.100.0/24' -PassThru)
        $requests = @(Get-EmulatorRequest)
        "$($requests[0].Method) $($requests[0].Path)" | Should -Be 'POST /api/wblist/inbound/blacklist/u@example.com'
        $requests[0].FormKeys | Should -Be @('addresses')
        $requests[0].Form.addresses | Should -Be 'spam@x.com,@bad.org,@.evil.net,192.0.2.1,198.51.100.0/24'
        "$($requests[1].Method) $($requests[1].Path)" | Should -Be 'GET /api/wblist/inbound/blacklist/u@example.com'
        Get-InboundEntry u@example.com B | Should -Be @('192.0.2.1', '198.51.100.0/24', '@.evil.net', '@bad.org', 'spam@x.com')

        $added | Should -HaveCount 5
        $first = $added[0]
        $first.GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedSenderListEntry'
        "$($first.Direction)" | Should -Be 'Inbound'
        "$($first.List)" | Should -Be 'Blacklist'
        "$($first.Scope)" | Should -Be 'User'
        $first.Account | Should -Be 'u@example.com'

        # Without -Direction/-List all four lists are read.
        $all = @(Get-IRedSenderList -User u@example.com)
        @(Get-EmulatorRequest | Where-Object { $_.Method -eq 'GET' -and $_.Path -like '/api/wblist/*' }) | Should -HaveCount 4
        $all | Should -HaveCount 5

        # Entries carry Direction, List and Sender, which bind to Remove-IRedSenderList by property name.
        Get-IRedSenderList -User u@example.com -Direction Inbound -List Blacklist | Where-Object Sender -Like '@*' |
            Remove-IRedSenderList -User u@example.com
        $puts = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $puts | Should -HaveCount 2
        $puts.Path | Should -Be @('/api/wblist/inbound/blacklist/u@example.com', '/api/wblist/inbound/blacklist/u@example.com')
        $puts.FormKeys | Should -Be @('addresses', 'addresses')
        $puts.Form.addresses | Should -Be @('@.evil.net', '@bad.org')
        Get-InboundEntry u@example.com B | Should -Be @('192.0.2.1', '198.51.100.0/24', 'spam@x.com')

        Clear-IRedSenderList -User u@example.com -Direction Inbound -List Blacklist -Confirm:$false
        $delete = @(Get-EmulatorRequest)
        $delete | Should -HaveCount 1
        "$($delete[0].Method) $($delete[0].Path)" | Should -Be 'DELETE /api/wblist/inbound/blacklist/u@example.com'
        Get-InboundEntry u@example.com B | Should -BeNullOrEmpty
    }

    It 'binds scopes from pipeline objects, and outbound lists send their recipients as addresses' {
        Get-IRedUser u@example.com | Add-IRedSenderList -Direction Inbound -List Whitelist -Sender friend@z.com
        @(Get-EmulatorRequest | Where-Object Method -EQ 'POST').Path | Should -Be '/api/wblist/inbound/whitelist/u@example.com'
        Get-InboundEntry u@example.com W | Should -Be @('friend@z.com')

        Get-IRedDomain example.com | Add-IRedSenderList -Direction Inbound -List Whitelist -Sender '@partner.com'
        @(Get-EmulatorRequest | Where-Object Method -EQ 'POST').Path | Should -Be '/api/wblist/inbound/whitelist/example.com'
        Get-InboundEntry '@example.com' W | Should -Be @('@partner.com')

        $global = @(Add-IRedSenderList -Global -Direction Outbound -List Blacklist -Sender rival@competitor.com -PassThru)
        $post = @(Get-EmulatorRequest | Where-Object Method -EQ 'POST')
        $post | Should -HaveCount 1
        $post[0].Path | Should -Be '/api/wblist/outbound/blacklist/global'
        $post[0].FormKeys | Should -Be @('addresses')
        $post[0].Form.addresses | Should -Be 'rival@competitor.com'
        Get-EmulatorScalar "SELECT COUNT(*) FROM outbound_wblist w JOIN users u ON u.id = w.sid WHERE u.email = '@.' AND w.wb = 'B'" | Should -Be 1
        $global | Should -HaveCount 1
        "$($global[0].Scope)" | Should -Be 'Global'
    }

    It 'sends nothing for invalid senders or under -WhatIf, and surfaces server errors' {
        $err = $null
        Add-IRedSenderList -Global -Direction Inbound -List Whitelist -Sender 'not valid' @collect
        Add-IRedSenderList -Global -Direction Inbound -List Whitelist -Sender '300.1.1.1' @collect
        Add-IRedSenderList -Global -Direction Inbound -List Whitelist -Sender '10.0.0.0/33' @collect
        Add-IRedSenderList -Global -Direction Inbound -List Whitelist -Sender '@bad_domain' @collect
        Remove-IRedSenderList -User 'nobody' -Direction Inbound -List Whitelist -Sender a@x.com @collect
        $err | Should -HaveCount 5
        foreach ($e in $err) { $e.CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidArgument) }
        $err[0].FullyQualifiedErrorId | Should -BeLike 'INVALID_SENDER,*'
        $err[0].TargetObject | Should -Be 'not valid'
        $err[1].TargetObject | Should -Be '300.1.1.1'
        $err[4].FullyQualifiedErrorId | Should -BeLike 'INVALID_MAIL,*'

        Add-IRedSenderList -User u@example.com -Direction Inbound -List Blacklist -Sender a@x.com -WhatIf
        Clear-IRedSenderList -Global -Direction Inbound -List Blacklist -WhatIf
        Remove-IRedSenderList -Global -Direction Inbound -List Blacklist -Sender a@x.com -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
        Get-EmulatorCount wblist | Should -Be 0

        $err = $null
        Get-IRedSenderList -Domain missing.example -Direction Inbound -List Whitelist @collect
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ObjectNotFound)
    }
}

Describe 'Sender-list entries piped from an earlier read' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser u@example.com -Password (Get-TestPassword)
        Add-IRedSenderList -User u@example.com -Direction Inbound -List Blacklist -Sender spam@x.com, junk@y.com
        Add-IRedSenderList -Global -Direction Outbound -List Whitelist -Sender ok@z.com
        Clear-EmulatorRequest
    }

    It 'removes the entries <Via> objects name, from their own account, direction and list' -ForEach @(@{ Via = 'Live' }, @{ Via = 'Clixml' }, @{ Via = 'Job' }) {
        $entries = @(Copy-TestObjectVia $Via (@(Get-IRedSenderList -User u@example.com -Direction Inbound -List Blacklist) + @(Get-IRedSenderList -Global -Direction Outbound -List Whitelist)))
        if ($Via -ne 'Live') { $entries[0].PSObject.TypeNames[0] | Should -BeLike 'Deserialized.*IRedSenderListEntry' }
        $entries | Should -HaveCount 3
        Clear-EmulatorRequest

        $entries | Where-Object Sender -Like 'spam*' | Remove-IRedSenderList
        $put = @(Get-EmulatorRequest)
        "$($put.Method) $($put.Path)" | Should -Be 'PUT /api/wblist/inbound/blacklist/u@example.com'
        $put[0].Form.addresses | Should -Be 'spam@x.com'
        Get-InboundEntry u@example.com B | Should -Be @('junk@y.com')

        $entries | Where-Object Sender -EQ 'ok@z.com' | Remove-IRedSenderList -ThrottleLimit 2
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be 'PUT /api/wblist/outbound/whitelist/global'

        @($entries[0] | Get-IRedSenderList -Direction Inbound -List Blacklist).Sender | Should -Be 'junk@y.com'
        @(Get-EmulatorRequest).Path | Should -Be '/api/wblist/inbound/blacklist/u@example.com'
        $entries[0] | Clear-IRedSenderList -Confirm:$false
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be 'DELETE /api/wblist/inbound/blacklist/u@example.com'
        Get-InboundEntry u@example.com B | Should -BeNullOrEmpty
    }

    It 'refuses an object that names no scope (UNSUPPORTED_SCOPE_INPUT by name, a binding error piped) and sends nothing' {
        $thrown = { Add-IRedSenderList -InputObject ([pscustomobject]@{ Name = 'not a setting' }) -Direction Inbound -List Whitelist -Sender a@b.com -ErrorAction Stop } | Should -Throw -PassThru
        $cause = $thrown.Exception
        while ($cause -and $cause -isnot [IRedAdmin.Client.Validation.InvalidInputException]) { $cause = $cause.InnerException }
        $cause.ErrorId | Should -Be 'UNSUPPORTED_SCOPE_INPUT'
        $cause.Message | Should -BeLike '*PSCustomObject*'
        $err = $null
        [pscustomobject]@{ Sender = 'a@b.com'; Direction = 'Inbound'; List = 'Whitelist' } | Add-IRedSenderList -ErrorVariable err -ErrorAction SilentlyContinue
        @($err | ForEach-Object FullyQualifiedErrorId) | Should -BeLike 'InputObject*'
        @(Get-EmulatorRequest) | Should -BeNullOrEmpty
    }

    It 'takes CSV rows that name the account by Mail or Domain and carry the Sender' {
        $rows = "Mail,Domain,Sender,Direction,List`nu@example.com,,friend@z.com,Inbound,Whitelist`n,example.com,@partner.com,Inbound,Whitelist" | ConvertFrom-Csv
        $rows | Add-IRedSenderList
        "Mail,Sender`nu@example.com,pal@z.com" | ConvertFrom-Csv | Add-IRedSenderList -Direction Inbound -List Whitelist
        @(Get-EmulatorRequest | Where-Object Method -EQ 'POST' | ForEach-Object { "$($_.Path) $($_.Form.addresses)" }) | Should -Be @(
            '/api/wblist/inbound/whitelist/u@example.com friend@z.com', '/api/wblist/inbound/whitelist/example.com @partner.com',
            '/api/wblist/inbound/whitelist/u@example.com pal@z.com')
        Get-InboundEntry u@example.com W | Should -Be @('friend@z.com', 'pal@z.com')
    }

    It 'binds a piped string to -Sender, users and domains to -User and -Domain, also with -ThrottleLimit' {
        # Two changes of one account's list run one after another even with -ThrottleLimit, so the log keeps their order.
        'friend@z.com', 'pal@z.com' | Add-IRedSenderList -User u@example.com -Direction Inbound -List Whitelist -ThrottleLimit 2
        Get-IRedUser u@example.com | Add-IRedSenderList -Direction Inbound -List Whitelist -Sender mate@z.com -ThrottleLimit 2
        Get-IRedDomain example.com | Add-IRedSenderList -Direction Inbound -List Whitelist -Sender '@partner.com' -ThrottleLimit 2
        @(Get-EmulatorRequest | Where-Object Method -EQ 'POST' | ForEach-Object { "$($_.Path) $($_.Form.addresses)" }) | Should -Be @(
            '/api/wblist/inbound/whitelist/u@example.com friend@z.com', '/api/wblist/inbound/whitelist/u@example.com pal@z.com',
            '/api/wblist/inbound/whitelist/u@example.com mate@z.com', '/api/wblist/inbound/whitelist/example.com @partner.com')
        Get-InboundEntry u@example.com W | Should -Be @('friend@z.com', 'mate@z.com', 'pal@z.com')
    }
}

Describe 'Sender lists on an older server' -Tag LegacyOnly {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        Clear-EmulatorRequest
    }

    It 'reports the server''s 404 (no /api/wblist before later releases) for the one request sent' {
        $err = $null
        Get-IRedSenderList -Global -Direction Inbound -List Whitelist @collect
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'HTTP_404,*'
        $err[0].Exception.Message | Should -BeLike '*404 Not Found*'
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path) $($_.Status)" }) | Should -Be @('GET /api/wblist/inbound/whitelist/global 404')
    }
}
