# New-/Get-/Set-/Remove-IRedDomain over real HTTP: the wire form, the domain row, output objects, -WhatIf, bad input.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
}
AfterAll { Stop-TestEmulator }

Describe 'Domain lifecycle' {
    # Clear: on older servers the connection probes the release and backend (GET /api/domains, the admin's profile).
    BeforeEach { Reset-TestEmulator; Connect-TestEmulator; Clear-EmulatorRequest }

    It 'creates, reads, changes and removes a domain through the pipeline' {
        New-IRedDomain example.org -Description 'Example Org' -Quota 2048 -MaxUsers 10

        Test-EmulatorAccount -Kind Domain example.org | Should -BeTrue
        $post = @(Get-EmulatorRequest)
        $post | Should -HaveCount 1
        $post[0].Method | Should -Be 'POST'
        $post[0].Path | Should -Be '/api/domain/example.org'
        $post[0].Form.name | Should -Be 'Example Org'
        $post[0].Form.quota | Should -Be '2048'
        $post[0].Form.numberOfUsers | Should -Be '10'

        $domain = Get-IRedDomain example.org
        $domain | Should -HaveCount 1
        $domain.GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedDomain'
        $domain.Domain | Should -Be 'example.org'
        $domain.Description | Should -Be 'Example Org'
        $domain.QuotaMB | Should -BeOfType [long]
        $domain.QuotaMB | Should -Be 2048
        $domain.MaxUsers | Should -BeOfType [int]
        $domain.MaxUsers | Should -Be 10

        $changed = Get-IRedDomain example.org | Set-IRedDomain -Description 'Renamed' -Status Disabled -PassThru
        $changed | Should -HaveCount 1
        $changed.Description | Should -Be 'Renamed'
        "$($changed.Status)" | Should -Be 'Disabled'
        (Get-EmulatorRow -Table domain -Column domain -Key example.org).active | Should -Be 0

        Clear-EmulatorRequest
        Get-IRedDomain example.org | Remove-IRedDomain -Confirm:$false
        Test-EmulatorAccount -Kind Domain example.org | Should -BeFalse
        Get-EmulatorRequest | Where-Object { $_.Method -eq 'DELETE' -and $_.Path -eq '/api/domain/example.org' } | Should -HaveCount 1
    }

    It 'sends an IDN domain as punycode' {
        New-IRedDomain 'bücher.example'

        $requests = @(Get-EmulatorRequest)
        $requests | Should -HaveCount 1
        $requests[0].Path | Should -Be '/api/domain/xn--bcher-kva.example'
        Test-EmulatorAccount -Kind Domain xn--bcher-kva.example | Should -BeTrue
    }

    It 'removes a domain with -KeepMailboxDays through the keep_mailbox_days path' {
        New-IRedDomain example.net
        Clear-EmulatorRequest

        Remove-IRedDomain example.net -KeepMailboxDays 7 -Confirm:$false

        Get-EmulatorRequest | Where-Object { $_.Method -eq 'DELETE' -and $_.Path -eq '/api/domain/example.net/keep_mailbox_days/7' } | Should -HaveCount 1
        Test-EmulatorAccount -Kind Domain example.net | Should -BeFalse
    }

    It '-WhatIf sends nothing and changes nothing' {
        New-IRedDomain example.com -Description 'Before'
        Clear-EmulatorRequest

        New-IRedDomain example.net -WhatIf
        Set-IRedDomain example.com -Description x -WhatIf
        Remove-IRedDomain example.com -WhatIf

        Get-EmulatorRequest | Should -BeNullOrEmpty
        Test-EmulatorAccount -Kind Domain example.net | Should -BeFalse
        (Get-EmulatorRow -Table domain -Column domain -Key example.com).description | Should -Be 'Before'
    }

    It 'refuses a bad domain name before any request' {
        $err = $null
        New-IRedDomain 'bad_domain!' -ErrorVariable err -ErrorAction SilentlyContinue

        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'INVALID_DOMAIN_NAME,*'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err[0].TargetObject | Should -Be 'bad_domain!'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'catches Set-IRedDomain parameter conflicts before sending' {
        New-IRedDomain example.com
        Clear-EmulatorRequest

        { Set-IRedDomain example.com -IsBackupMx $true -Transport dovecot } | Should -Throw -ErrorId 'PARAMETER_CONFLICT,*'
        { Set-IRedDomain example.com -IsBackupMx $true } | Should -Throw -ErrorId 'PARAMETER_REQUIRED,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}
