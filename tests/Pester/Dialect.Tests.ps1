# Set-IRedDomain sends the seed's or the later releases' field names, as the connection's -ApiDialect says.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    # The domain's settings column, where the enabled services are kept.
    function Get-DomainSettings { Get-EmulatorScalar "SELECT settings FROM domain WHERE domain='example.com'" }

    function Initialize-Dialect([string] $Dialect) {
        Reset-TestEmulator
        $parameters = if ($Dialect) { @{ ApiDialect = $Dialect } } else { @{} }
        Connect-TestEmulator -Parameters $parameters
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }
}
AfterAll { Stop-TestEmulator }

Describe 'Set-IRedDomain with the seed dialect (the default)' {
    BeforeEach { Initialize-Dialect }

    It 'is the default and sends enableService, disableService and removeAllServices' {
        "$((Get-IRedConnection).ApiDialect)" | Should -Be 'Seed'

        Set-IRedDomain example.com -EnableService self-service, senderbcc -DisableService mail
        $put = @(Get-EmulatorRequest)
        $put | Should -HaveCount 1
        "$($put[0].Method) $($put[0].Path)" | Should -Be 'PUT /api/domain/example.com'
        $put[0].FormKeys | Should -Be @('enableService', 'disableService')
        $put[0].Form.enableService | Should -Be 'self-service,senderbcc'
        Get-DomainSettings | Should -BeLike '*self-service*'

        Set-IRedDomain example.com -RemoveAllServices
        $put = @(Get-EmulatorRequest)
        $put | Should -HaveCount 1
        $put[0].FormKeys | Should -Be @('removeAllServices')
        $put[0].Form.removeAllServices | Should -BeExactly ''
        Get-DomainSettings | Should -Not -BeLike '*self-service*'
    }
}

Describe 'Set-IRedDomain with -ApiDialect Seed' {
    BeforeEach { Initialize-Dialect Seed }

    It 'fails clearly on alias domains and sends nothing' {
        foreach ($command in { Set-IRedDomain example.com -AliasDomain a.example },
            { Set-IRedDomain example.com -AddAliasDomain a.example },
            { Set-IRedDomain example.com -RemoveAliasDomain a.example }) {
            $caught = $command | Should -Throw -ErrorId 'DialectNotSupported,*' -PassThru
            $caught.Exception.Message | Should -BeLike '*-ApiDialect Modern*'
        }
        Get-EmulatorRequest | Should -BeNullOrEmpty
        Get-EmulatorCount alias_domain | Should -Be 0
    }
}

Describe 'Set-IRedDomain with -ApiDialect Modern' {
    BeforeEach { Initialize-Dialect Modern }

    It 'sends addService, removeService, services and the alias domain fields' {
        Set-IRedDomain example.com -EnableService self-service -DisableService mail
        $put = @(Get-EmulatorRequest)
        $put | Should -HaveCount 1
        $put[0].FormKeys | Should -Be @('addService', 'removeService')
        $put[0].Form.addService | Should -Be 'self-service'
        Get-DomainSettings | Should -BeLike '*self-service*'

        Set-IRedDomain example.com -RemoveAllServices
        $put = @(Get-EmulatorRequest)
        $put | Should -HaveCount 1
        $put[0].FormKeys | Should -Be @('services')
        $put[0].Form.services | Should -BeExactly ''

        Set-IRedDomain example.com -AliasDomain alias1.example, alias2.example
        $put = @(Get-EmulatorRequest)
        $put | Should -HaveCount 1
        $put[0].Form.aliasDomains | Should -Be 'alias1.example,alias2.example'

        Set-IRedDomain example.com -AddAliasDomain alias3.example -RemoveAliasDomain alias1.example
        $put = @(Get-EmulatorRequest)
        $put | Should -HaveCount 1
        $put[0].FormKeys | Should -Be @('addAliasDomain', 'removeAliasDomain')
        (Invoke-EmulatorQuery "SELECT alias_domain FROM alias_domain WHERE target_domain='example.com' ORDER BY 1").alias_domain |
            Should -Be @('alias2.example', 'alias3.example')
    }
}
