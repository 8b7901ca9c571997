# Add-/Remove-IRedDomainAdmin: PUT /api/domain/admins/<domain> with addAdmin, removeAdmin, removeAllAdmins.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    # An unexpected error fails the test; expected ones are collected with -ErrorVariable (-ErrorAction SilentlyContinue).
    $PSDefaultParameterValues = @{ '*-IRed*:ErrorAction' = 'Stop' }
    $collect = @{ ErrorVariable = '+err'; ErrorAction = 'SilentlyContinue' }
    Start-TestEmulator | Out-Null

    function Test-Manages([string] $Mail, [string] $Domain) {
        (Get-EmulatorCount domain_admins 'username = $u AND domain = $d' @{ u = $Mail; d = $Domain }) -eq 1
    }
}
AfterAll { Stop-TestEmulator }

Describe 'Add-IRedDomainAdmin and Remove-IRedDomainAdmin' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        $pw = Get-TestPassword
        New-IRedDomain example.com
        New-IRedDomain example.org
        New-IRedUser a@example.com -Password $pw
        New-IRedUser b@example.com -Password $pw
        Clear-EmulatorRequest
    }

    It 'sends all admins of one call in one addAdmin value' {
        $out = @(Add-IRedDomainAdmin -Domain example.com -Admin a@example.com, B@Example.com -PassThru)

        $put = @(Get-EmulatorRequest)
        $put | Should -HaveCount 1
        "$($put[0].Method) $($put[0].Path)" | Should -Be 'PUT /api/domain/admins/example.com'
        $put[0].FormKeys | Should -Be @('addAdmin')
        $put[0].Form.addAdmin | Should -Be 'a@example.com,b@example.com'
        Test-Manages a@example.com example.com | Should -BeTrue
        Test-Manages b@example.com example.com | Should -BeTrue
        (Get-EmulatorRow -Table mailbox -Column username -Key a@example.com).isadmin | Should -Be 1

        $out | Should -HaveCount 2
        $out[0].GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedAdminAssignment'
        $out.Mail | Should -Be @('a@example.com', 'b@example.com')
        $out.Domain | Should -Be @('example.com', 'example.com')
        $out.IsAdmin | Should -Be @($true, $true)

        # Read back through the user: the managed domain shows.
        $user = @(Get-IRedUser a@example.com)
        $user | Should -HaveCount 1
        $user[0].ManagedDomains | Should -Contain 'example.com'
    }

    It 'binds users from the pipeline by their Mail property' {
        Get-IRedUser a@example.com, b@example.com | Add-IRedDomainAdmin -Domain example.org
        $puts = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $puts.Form.addAdmin | Should -Be @('a@example.com', 'b@example.com')
        $puts.Path | Should -Be @('/api/domain/admins/example.org', '/api/domain/admins/example.org')
        Test-Manages a@example.com example.org | Should -BeTrue
        Test-Manages b@example.com example.org | Should -BeTrue
        Test-Manages a@example.com example.com | Should -BeFalse
    }

    It 'removes the given admins or all of them' {
        Add-IRedDomainAdmin example.com a@example.com, b@example.com
        Clear-EmulatorRequest

        $out = @(Remove-IRedDomainAdmin example.com -Admin a@example.com -PassThru)
        $put = @(Get-EmulatorRequest)
        $put | Should -HaveCount 1
        "$($put[0].Method) $($put[0].Path)" | Should -Be 'PUT /api/domain/admins/example.com'
        $put[0].FormKeys | Should -Be @('removeAdmin')
        $put[0].Form.removeAdmin | Should -Be 'a@example.com'
        Test-Manages a@example.com example.com | Should -BeFalse
        Test-Manages b@example.com example.com | Should -BeTrue
        (Get-EmulatorRow -Table mailbox -Column username -Key a@example.com).isadmin | Should -Be 0
        $out | Should -HaveCount 1
        $out[0].IsAdmin | Should -BeFalse

        $all = @(Get-IRedDomain example.com | Remove-IRedDomainAdmin -All -PassThru)
        $putAll = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $putAll | Should -HaveCount 1
        $putAll[0].Path | Should -Be '/api/domain/admins/example.com'
        $putAll[0].FormKeys | Should -Be @('removeAllAdmins')
        $putAll[0].Form.removeAllAdmins | Should -Be ''
        Test-Manages b@example.com example.com | Should -BeFalse
        $all | Should -HaveCount 1
        $all[0] | Should -BeOfType [string]
        $all[0] | Should -Be 'example.com'
    }

    It 'sends nothing under -WhatIf' {
        Add-IRedDomainAdmin example.com b@example.com
        Clear-EmulatorRequest

        Add-IRedDomainAdmin example.com a@example.com -WhatIf
        Remove-IRedDomainAdmin example.com b@example.com -WhatIf
        Remove-IRedDomainAdmin example.com -All -WhatIf

        Get-EmulatorRequest | Should -BeNullOrEmpty
        Test-Manages a@example.com example.com | Should -BeFalse
        Test-Manages b@example.com example.com | Should -BeTrue
    }

    It 'reports server and input errors per item' {
        $err = $null
        Add-IRedDomainAdmin example.com nobody@example.com @collect
        Add-IRedDomainAdmin missing.example a@example.com @collect
        Add-IRedDomainAdmin example.com 'a@example.com,b@example.com' @collect
        Add-IRedDomainAdmin 'bad_domain!' a@example.com @collect
        $err | Should -HaveCount 4
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[0].TargetObject | Should -Be 'example.com'
        $err[1].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[1].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ObjectNotFound)
        $err[2].FullyQualifiedErrorId | Should -BeLike 'COMMA_IN_LIST_MEMBER,*'
        $err[2].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidArgument)
        $err[3].FullyQualifiedErrorId | Should -BeLike 'INVALID_DOMAIN_NAME,*'
        # Only the two well-formed calls reached the server.
        @(Get-EmulatorRequest) | Should -HaveCount 2
    }

    It 'lets a normal admin promote users of its own domains only' {
        New-IRedUser c@example.org -Password $pw
        Add-IRedDomainAdmin example.com a@example.com
        Connect-TestEmulator -Parameters @{ Credential = [pscredential]::new('a@example.com', $pw) }

        $err = $null
        Add-IRedDomainAdmin example.com c@example.org -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'PERMISSION_DENIED,*'
        $err[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::PermissionDenied)
        Test-Manages c@example.org example.com | Should -BeFalse

        # Within its own domain it may.
        Add-IRedDomainAdmin example.com b@example.com
        Test-Manages b@example.com example.com | Should -BeTrue
    }
}
