# Greylisting status, whitelisted senders and SPF domains over /api/greylisting/...
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
    # An unexpected error fails the test; expected ones are collected with -ErrorVariable (-ErrorAction SilentlyContinue).
    $PSDefaultParameterValues = @{ '*-IRed*:ErrorAction' = 'Stop' }
    $collect = @{ ErrorVariable = '+err'; ErrorAction = 'SilentlyContinue' }

    # The account's greylisting switch as stored (1, 0, or $null when there is no setting).
    function Get-GreylistingActive([string] $Account) {
        $row = @(Invoke-EmulatorQuery 'SELECT active FROM greylisting WHERE account = $a AND sender = ''@.''' @{ a = $Account })
        if ($row.Count) { $row[0].active } else { $null }
    }
}
AfterAll { Stop-TestEmulator }

Describe 'Greylisting' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser u@example.com -Password (Get-TestPassword)
        Clear-EmulatorRequest
    }

    It 'sets, gets and removes the status of each scope' {
        Set-IRedGreylisting -Global -Status Enabled
        $post = @(Get-EmulatorRequest)
        $post | Should -HaveCount 1
        "$($post[0].Method) $($post[0].Path)" | Should -Be 'POST /api/greylisting/global'
        $post[0].FormKeys | Should -Be @('status')
        $post[0].Form.status | Should -Be 'enable'
        Get-GreylistingActive '@.' | Should -Be 1

        $domain = @(Get-IRedDomain example.com | Set-IRedGreylisting -Status Disabled -PassThru)
        Get-EmulatorRequest | Where-Object { $_.Method -eq 'POST' -and $_.Path -eq '/api/greylisting/example.com' -and $_.Form.status -eq 'disable' } |
            Should -HaveCount 1
        Get-GreylistingActive '@example.com' | Should -Be 0
        $domain | Should -HaveCount 1
        $domain[0].GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedGreylisting'
        "$($domain[0].Scope)" | Should -Be 'Domain'
        $domain[0].Account | Should -Be 'example.com'
        "$($domain[0].Status)" | Should -Be 'Disabled'

        Get-IRedUser u@example.com | Set-IRedGreylisting -Status Enabled
        Get-GreylistingActive u@example.com | Should -Be 1
        Clear-EmulatorRequest

        $all = @(Get-IRedGreylisting)
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('GET /api/greylisting/all')
        @($all | ForEach-Object { "$($_.Account):$($_.Status)" }) | Should -Be @('global:Enabled', 'example.com:Disabled', 'u@example.com:Enabled')

        $removed = @(Remove-IRedGreylisting -Domain example.com -PassThru)
        Get-EmulatorRequest | Where-Object { $_.Method -eq 'DELETE' -and $_.Path -eq '/api/greylisting/example.com' } | Should -HaveCount 1
        Get-GreylistingActive '@example.com' | Should -BeNullOrEmpty
        $removed | Should -HaveCount 1
        "$($removed[0].Status)" | Should -Be 'NotSet'
        $user = @(Get-IRedGreylisting -User u@example.com)
        $user | Should -HaveCount 1
        "$($user[0].Status)" | Should -Be 'Enabled'
    }

    It 'adds, removes, replaces and gets whitelisted senders' {
        Add-IRedGreylistingWhitelist -Domain example.com -Sender '@Partner.com', '192.0.2.0/24', a@x.com
        $add = @(Get-EmulatorRequest)
        $add | Should -HaveCount 1
        "$($add[0].Method) $($add[0].Path)" | Should -Be 'POST /api/greylisting/example.com/whitelists'
        $add[0].FormKeys | Should -Be @('addSenders')
        $add[0].Form.addSenders | Should -Be '@partner.com,192.0.2.0/24,a@x.com'

        $remaining = @(Remove-IRedGreylistingWhitelist -Domain example.com -Sender a@x.com -PassThru)
        $post = @(Get-EmulatorRequest | Where-Object Method -EQ 'POST')
        $post | Should -HaveCount 1
        $post[0].Form.removeSenders | Should -Be 'a@x.com'
        $remaining.Sender | Should -Be @('192.0.2.0/24', '@partner.com')
        $remaining[0].GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedGreylistingWhitelistEntry'

        Set-IRedGreylistingWhitelist -User u@example.com -Sender '@.mail.example.net'
        $set = @(Get-EmulatorRequest)
        $set | Should -HaveCount 1
        $set[0].Path | Should -Be '/api/greylisting/u@example.com/whitelists'
        $set[0].Form.senders | Should -Be '@.mail.example.net'
        @(Invoke-EmulatorQuery 'SELECT sender FROM greylisting_whitelists WHERE account = $a' @{ a = 'u@example.com' } | ForEach-Object { $_.sender }) |
            Should -Be @('@.mail.example.net')

        $got = @(Get-IRedGreylistingWhitelist -Domain example.com)
        $got | Should -HaveCount 2
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('GET /api/greylisting/example.com/whitelists')

        Set-IRedGreylistingWhitelist -Domain example.com -Sender @()
        $set = @(Get-EmulatorRequest)
        $set | Should -HaveCount 1
        $set[0].Form.senders | Should -Be ''
        Get-EmulatorCount greylisting_whitelists 'account = $a' @{ a = '@example.com' } | Should -Be 0
    }

    It 'replaces and edits the SPF domain whitelist' {
        Set-IRedGreylistingSpfDomain -Domain gmail.com, Outlook.com
        $post = @(Get-EmulatorRequest)
        $post | Should -HaveCount 1
        "$($post[0].Method) $($post[0].Path)" | Should -Be 'POST /api/greylisting/whitelist_spf_domains'
        $post[0].Form.domains | Should -Be 'gmail.com,outlook.com'

        Set-IRedGreylistingSpfDomain -AddDomain yahoo.com -RemoveDomain gmail.com
        $edit = @(Get-EmulatorRequest)
        $edit | Should -HaveCount 1
        $edit[0].FormKeys | Should -Be @('addDomains', 'removeDomains')
        @(Invoke-EmulatorQuery 'SELECT domain FROM greylisting_whitelist_domains ORDER BY 1' | ForEach-Object { $_.domain }) |
            Should -Be @('outlook.com', 'yahoo.com')
    }

    It 'sends nothing on bad input or under -WhatIf, and surfaces server errors' {
        $err = $null
        Add-IRedGreylistingWhitelist -Global -Sender 'x y' @collect
        Set-IRedGreylistingWhitelist -Global -Sender '1.2.3' @collect
        Set-IRedGreylistingSpfDomain -AddDomain 'bad_domain' @collect
        Set-IRedGreylisting -Domain 'no' -Status Enabled @collect
        $err | Should -HaveCount 4
        foreach ($e in $err) { $e.CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidArgument) }
        $err[0].FullyQualifiedErrorId | Should -BeLike 'INVALID_SENDER,*'
        $err[1].TargetObject | Should -Be '1.2.3'
        $err[2].FullyQualifiedErrorId | Should -BeLike 'INVALID_DOMAIN_NAME,*'
        $err[3].FullyQualifiedErrorId | Should -BeLike 'INVALID_DOMAIN_NAME,*'
        # NotSet is not a status one can set: parameter validation refuses it.
        { Set-IRedGreylisting -Global -Status NotSet -ErrorAction SilentlyContinue } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,IRedAdmin.Cmdlets.Greylisting.SetIRedGreylistingCommand'

        Set-IRedGreylisting -Global -Status Enabled -WhatIf
        Remove-IRedGreylisting -Global -WhatIf
        Add-IRedGreylistingWhitelist -Global -Sender a@x.com -WhatIf
        Remove-IRedGreylistingWhitelist -Global -Sender a@x.com -WhatIf
        Set-IRedGreylistingWhitelist -Global -Sender a@x.com -WhatIf
        Set-IRedGreylistingSpfDomain -Domain gmail.com -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
        Get-EmulatorCount greylisting | Should -Be 0

        $err = $null
        Set-IRedGreylisting -User nobody@example.com -Status Enabled @collect
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[0].TargetObject | Should -Be 'nobody@example.com'
    }
}

Describe 'Greylisting settings and whitelist entries piped from an earlier read' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser u@example.com -Password (Get-TestPassword)
        Set-IRedGreylisting -Domain example.com -Status Disabled
        Set-IRedGreylisting -Global -Status Enabled
        Add-IRedGreylistingWhitelist -User u@example.com -Sender '@partner.com', a@x.com
        Clear-EmulatorRequest
    }

    It 'changes the settings and whitelists <Via> objects name' -ForEach @(@{ Via = 'Live' }, @{ Via = 'Clixml' }, @{ Via = 'Job' }) {
        $settings = @(Copy-TestObjectVia $Via (Get-IRedGreylisting -Domain example.com), (Get-IRedGreylisting -Global))
        $entries = @(Copy-TestObjectVia $Via (Get-IRedGreylistingWhitelist -User u@example.com))
        if ($Via -ne 'Live') {
            $settings[0].PSObject.TypeNames[0] | Should -BeLike 'Deserialized.*IRedGreylisting'
            $entries[0].PSObject.TypeNames[0] | Should -BeLike 'Deserialized.*IRedGreylistingWhitelistEntry'
        }
        Clear-EmulatorRequest

        $set = @($settings | Set-IRedGreylisting -Status Enabled -ThrottleLimit 2 -PassThru)
        # Both are sent at once, so the log's order is not fixed; the output keeps the input order.
        @(Get-EmulatorRequest | Where-Object Method -EQ 'POST' | ForEach-Object { "$($_.Method) $($_.Path) $($_.Form.status)" } | Sort-Object) | Should -Be @(
            'POST /api/greylisting/example.com enable', 'POST /api/greylisting/global enable')
        @($set | ForEach-Object { "$($_.Account):$($_.Status)" }) | Should -Be @('example.com:Enabled', 'global:Enabled')
        Get-GreylistingActive '@example.com' | Should -Be 1

        @($settings | Get-IRedGreylisting | ForEach-Object { "$($_.Account):$($_.Status)" }) | Should -Be @('example.com:Enabled', 'global:Enabled')
        Clear-EmulatorRequest
        $settings[0] | Remove-IRedGreylisting
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be 'DELETE /api/greylisting/example.com'

        $entries | Where-Object Sender -EQ 'a@x.com' | Remove-IRedGreylistingWhitelist
        $post = @(Get-EmulatorRequest)
        "$($post.Method) $($post.Path)" | Should -Be 'POST /api/greylisting/u@example.com/whitelists'
        $post[0].Form.removeSenders | Should -Be 'a@x.com'
        @($entries[0] | Get-IRedGreylistingWhitelist).Sender | Should -Be '@partner.com'
        $entries[0] | Set-IRedGreylistingWhitelist -Sender b@x.com
        @(Get-EmulatorRequest | Where-Object Method -EQ 'POST').Form.senders | Should -Be 'b@x.com'
    }

    It 'refuses an object that names no scope (UNSUPPORTED_SCOPE_INPUT by name, a binding error piped) and sends nothing' {
        $thrown = { Set-IRedGreylisting -InputObject ([pscustomobject]@{ Name = 'not a setting' }) -Status Disabled -ErrorAction Stop } | Should -Throw -PassThru
        $cause = $thrown.Exception
        while ($cause -and $cause -isnot [IRedAdmin.Client.Validation.InvalidInputException]) { $cause = $cause.InnerException }
        $cause.ErrorId | Should -Be 'UNSUPPORTED_SCOPE_INPUT'
        $cause.Message | Should -BeLike '*PSCustomObject*'
        $err = $null
        [pscustomobject]@{ Status = 'Enabled' }, 42 | Set-IRedGreylisting -Status Disabled -ErrorVariable err -ErrorAction SilentlyContinue
        @($err | ForEach-Object FullyQualifiedErrorId) | Should -BeLike 'InputObject*'
        @(Get-EmulatorRequest) | Should -BeNullOrEmpty
    }

    It 'still binds -User and -Domain from users and domains by property name, also with -ThrottleLimit' {
        Get-IRedUser u@example.com | Set-IRedGreylisting -Status Disabled -ThrottleLimit 2
        Get-IRedDomain example.com | Add-IRedGreylistingWhitelist -Sender '@friend.org' -ThrottleLimit 2
        Set-IRedGreylistingSpfDomain -AddDomain spf.example.org -ThrottleLimit 2
        "Mail,Sender`nu@example.com,b@x.com" | ConvertFrom-Csv | Add-IRedGreylistingWhitelist
        @(Get-EmulatorRequest | Where-Object Method -EQ 'POST' | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @(
            'POST /api/greylisting/u@example.com', 'POST /api/greylisting/example.com/whitelists', 'POST /api/greylisting/whitelist_spf_domains',
            'POST /api/greylisting/u@example.com/whitelists')
    }
}

Describe 'Greylisting on an older server' -Tag LegacyOnly {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        Clear-EmulatorRequest
    }

    It 'reports the server''s 404 (no /api/greylisting before later releases) for the one request sent' {
        $err = $null
        Get-IRedGreylisting -Global @collect
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'HTTP_404,*'
        $err[0].Exception.Message | Should -BeLike '*404 Not Found*'
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path) $($_.Status)" }) | Should -Be @('GET /api/greylisting/global 404')
    }
}
