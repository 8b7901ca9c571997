# Set-IRedDomain sends the seed's or the later releases' field names, as the connection's -ApiDialect says.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    # The domain's settings column, where the enabled services are kept.
    function Get-DomainSettings { Get-EmulatorScalar "SELECT settings FROM domain WHERE domain='example.com'" }

    # Each Describe runs against the release whose field names it sends (the other release's names are undocumented there).
    function Initialize-Dialect([string] $Release, [string] $Dialect) {
        Reset-TestEmulator -Release $Release
        $parameters = if ($Dialect) { @{ ApiDialect = $Dialect } } else { @{} }
        Connect-TestEmulator -Parameters $parameters
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }
    # Every domain PUT carries the stored catch-all and relay (later servers clear what a PUT leaves out), read first.
    function Assert-DomainPut([string[]] $Keys) {
        $wire = @(Get-EmulatorRequest)
        @($wire | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('GET /api/domain/example.com', 'PUT /api/domain/example.com')
        $wire[1].FormKeys | Should -Be (@('catchall', 'outboundRelay') + $Keys)
        $wire[1].Form.catchall | Should -BeExactly ''
        $wire[1].Form.outboundRelay | Should -BeExactly ''
        $wire[1]
    }
}
AfterAll { Stop-TestEmulator }

Describe 'The dialect a connection detects' {
    It 'is <Dialect> on the <Release> release' -ForEach @(
        @{ Release = 'current'; Dialect = 'Modern' }
        @{ Release = 'legacy'; Dialect = 'Seed' }
    ) {
        Initialize-Dialect $Release
        "$((Get-IRedConnection).ApiDialect)" | Should -Be $Dialect
    }
}

Describe 'Set-IRedDomain with the seed dialect (older servers)' {
    BeforeEach { Initialize-Dialect legacy }

    It 'sends enableService, disableService and removeAllServices' {
        "$((Get-IRedConnection).ApiDialect)" | Should -Be 'Seed'

        Set-IRedDomain example.com -EnableService self-service, senderbcc -DisableService mail
        $put = Assert-DomainPut @('enableService', 'disableService')
        $put.Form.enableService | Should -Be 'self-service,senderbcc'
        $put.Form.disableService | Should -Be 'mail'
        Get-DomainSettings | Should -BeLike '*self-service*'

        Set-IRedDomain example.com -RemoveAllServices
        $put = Assert-DomainPut @('removeAllServices')
        $put.Form.removeAllServices | Should -BeExactly ''
        Get-DomainSettings | Should -Not -BeLike '*self-service*'
    }
}

Describe 'Set-IRedDomain with -ApiDialect Seed' {
    BeforeEach { Initialize-Dialect legacy Seed }

    It 'fails clearly on alias domains and sends nothing' {
        foreach ($command in { Set-IRedDomain example.com -AliasDomain a.example },
            { Set-IRedDomain example.com -AddAliasDomain a.example },
            { Set-IRedDomain example.com -RemoveAliasDomain a.example }) {
            $caught = $command | Should -Throw -ErrorId 'DIALECT_NOT_SUPPORTED,*' -PassThru
            $caught.Exception.Message | Should -BeLike '*-ApiDialect Modern*'
        }
        Get-EmulatorRequest | Should -BeNullOrEmpty
        Get-EmulatorCount alias_domain | Should -Be 0
    }
}

Describe 'Set-IRedDomain with -ApiDialect Modern' {
    BeforeEach { Initialize-Dialect current Modern }

    It 'sends addService, removeService, services and the alias domain fields' {
        Set-IRedDomain example.com -EnableService self-service -DisableService mail
        $put = Assert-DomainPut @('addService', 'removeService')
        $put.Form.addService | Should -Be 'self-service'
        $put.Form.removeService | Should -Be 'mail'
        Get-DomainSettings | Should -BeLike '*self-service*'

        Set-IRedDomain example.com -RemoveAllServices
        $put = Assert-DomainPut @('services')
        $put.Form.services | Should -BeExactly ''
        Get-DomainSettings | Should -Not -BeLike '*self-service*'

        Set-IRedDomain example.com -AliasDomain alias1.example, alias2.example
        $put = Assert-DomainPut @('aliasDomains')
        $put.Form.aliasDomains | Should -Be 'alias1.example,alias2.example'

        Set-IRedDomain example.com -AddAliasDomain alias3.example -RemoveAliasDomain alias1.example
        $put = Assert-DomainPut @('addAliasDomain', 'removeAliasDomain')
        (Invoke-EmulatorQuery "SELECT alias_domain FROM alias_domain WHERE target_domain='example.com' ORDER BY 1").alias_domain |
            Should -Be @('alias2.example', 'alias3.example')
    }
}
