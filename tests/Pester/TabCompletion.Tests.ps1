# Tab completion as a user gets it at the prompt (TabExpansion2): domain and address parameters complete from the
# connected server (src/IRedAdmin/Completion), enum and ValidateSet parameters complete their values.

BeforeDiscovery {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    $domainParameters = @(); $addressParameters = @(); $valueParameters = @()
    foreach ($command in Get-Command -Module IRedAdmin -CommandType Cmdlet) {
        foreach ($p in $command.Parameters.Values) {
            if ($p.Name -in [System.Management.Automation.PSCmdlet]::CommonParameters) { continue }
            $completer = $p.Attributes | Where-Object { $_ -is [System.Management.Automation.ArgumentCompleterAttribute] } | Select-Object -First 1
            $case = @{ Command = $command.Name; Parameter = $p.Name }
            if ($completer -and $completer.Type.Name -eq 'DomainNameCompleter') { $domainParameters += $case }
            elseif ($completer -and $completer.Type.Name -eq 'MailAddressCompleter') { $addressParameters += $case }

            # An enum (or array / nullable of one): its names, narrowed by a ValidateSet where there is one.
            $type = $p.ParameterType
            if ($type.IsArray) { $type = $type.GetElementType() }
            if ([Nullable]::GetUnderlyingType($type)) { $type = [Nullable]::GetUnderlyingType($type) }
            $set = $p.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | Select-Object -First 1
            $values = if ($set) { @($set.ValidValues) } elseif ($type.IsEnum) { @([Enum]::GetNames($type)) }
            if ($values) { $valueParameters += $case + @{ Values = [string[]]$values } }
        }
    }
}

BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    # What pressing Tab at the end of the line offers.
    function Complete([string] $Line) {
        [string[]]@((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches | ForEach-Object CompletionText)
    }

    function Initialize-Directory {
        Reset-TestEmulator
        Connect-TestEmulator
        $pw = Get-TestPassword
        'alpha.example', 'beta.example' | New-IRedDomain | Out-Null
        'ann@alpha.example', 'andy@alpha.example', 'bob@alpha.example' | New-IRedUser -Password $pw | Out-Null
        Clear-EmulatorRequest
    }
}
AfterAll { Stop-TestEmulator }

# Names come from the list calls of later releases (GET /api/domains, /api/users/<domain>).
Describe 'Completion from the connected server' -Tag CurrentOnly {
    # Every test connects anew: the completion cache belongs to a connection object.
    BeforeEach { Initialize-Directory }

    It 'offers domains and users from the connected server' {
        Complete 'Get-IRedDomain al' | Should -BeExactly @('alpha.example')
        Complete 'Get-IRedUser an' | Should -BeNullOrEmpty
        Complete 'Get-IRedUser an@alpha.example' | Sort-Object -CaseSensitive | Should -BeExactly @('andy@alpha.example', 'ann@alpha.example')
        Complete 'New-IRedUser x@al' | Should -BeExactly @('x@alpha.example')
        Complete 'Set-IRedUser a@alpha.example -Status D' | Should -Contain 'Disabled'
        Complete 'Get-IRedSpamPolicy -Domain be' | Should -BeExactly @('beta.example')
        Complete 'Get-IRedThrottle -User b@alpha.example' | Should -BeExactly @('bob@alpha.example')
        Complete 'Get-IRedThrottle -Global -Direction In' | Should -BeExactly @('Inbound')
    }

    It 'completes Get-IRedUser -Domain ex<Tab> with the server''s domains that start so, in any case' {
        'example.com', 'example.net', 'other.org' | New-IRedDomain | Out-Null
        Complete 'Get-IRedUser -Domain ex' | Sort-Object -CaseSensitive | Should -BeExactly @('example.com', 'example.net')
        Complete 'Get-IRedUser -Domain EX' | Sort-Object -CaseSensitive | Should -BeExactly @('example.com', 'example.net')
        Complete 'Get-IRedUser -Domain ' | Sort-Object -CaseSensitive | Should -BeExactly @('alpha.example', 'beta.example', 'example.com', 'example.net', 'other.org')
        Complete "Get-IRedUser -Domain 'ot" | Should -BeExactly @('other.org')
        Complete 'Get-IRedUser -Domain zz' | Should -BeNullOrEmpty
    }

    It 'completes -Identity with addresses: the domain after @, then the users of that domain' {
        Complete 'Get-IRedUser -Identity bob@' | Sort-Object -CaseSensitive | Should -BeExactly @('bob@alpha.example', 'bob@beta.example')
        Complete 'Get-IRedUser -Identity a@alpha.example' | Sort-Object -CaseSensitive | Should -BeExactly @('andy@alpha.example', 'ann@alpha.example')
        # Unquoted, @alpha would be a splat: a user quotes a bare "@domain".
        Complete "Remove-IRedUser -Identity '@alpha.example" | Sort-Object -CaseSensitive | Should -BeExactly @('andy@alpha.example', 'ann@alpha.example', 'bob@alpha.example')
        Complete 'Get-IRedUser -Identity nobody@beta.example' | Should -BeNullOrEmpty
    }

    It 'asks the server once for repeated Tabs: GET /api/domains?name_only, then GET /api/users/<domain> once per domain' {
        Complete 'Get-IRedDomain a' | Out-Null
        Complete 'Get-IRedDomain b' | Out-Null
        Complete 'Get-IRedUser a@alpha.example' | Out-Null
        Complete 'Get-IRedUser b@alpha.example' | Should -BeExactly @('bob@alpha.example')
        $requests = @(Get-EmulatorRequest)
        $requests | ForEach-Object { "$($_.Method) $($_.Path)" } | Should -BeExactly @('GET /api/domains', 'GET /api/users/alpha.example')
        $requests[0].Query | Should -Match '(^|&)name_only(=|&|$)'
    }

    It 'sees a new domain only with a new connection, whose cache starts empty' {
        Complete 'Get-IRedDomain g' | Should -BeNullOrEmpty
        New-IRedDomain gamma.example | Out-Null
        Complete 'Get-IRedDomain g' | Should -BeNullOrEmpty -Because 'the names are kept for a while, per connection'
        Connect-TestEmulator
        Complete 'Get-IRedDomain g' | Should -BeExactly @('gamma.example')
    }

    It 'completes from -Connection when the command line names one' {
        $global:IRedTabTestConnection = Connect-TestEmulator -PassThru
        try {
            Connect-TestEmulator
            Disconnect-IRedAdmin
            Complete 'Get-IRedDomain al' | Should -BeNullOrEmpty -Because 'there is no current connection'
            Complete 'Get-IRedDomain -Connection $IRedTabTestConnection al' | Should -BeExactly @('alpha.example')
            Complete 'Get-IRedUser -Connection $IRedTabTestConnection an@alpha.example' | Sort-Object -CaseSensitive | Should -BeExactly @('andy@alpha.example', 'ann@alpha.example')
        }
        finally { Remove-Variable IRedTabTestConnection -Scope Global }
    }

    It 'completes nothing, without asking anything, when not connected' {
        Disconnect-IRedAdmin
        Clear-EmulatorRequest
        $Error.Clear()
        Complete 'Get-IRedDomain al' | Should -BeNullOrEmpty
        Complete 'Get-IRedUser an@alpha.example' | Should -BeNullOrEmpty
        @(Get-EmulatorRequest -IncludeLogin) | Should -BeNullOrEmpty
        $Error | Should -BeNullOrEmpty
    }

    It 'completes nothing rather than show an error when the server fails, and asks again on the next Tab' {
        Set-EmulatorSetting -FaultRate 1 -FaultKind 500 | Out-Null
        $Error.Clear()
        Complete 'Get-IRedDomain al' | Should -BeNullOrEmpty
        $Error | Should -BeNullOrEmpty
        $failed = @(Get-EmulatorRequest)
        $failed.Count | Should -BeGreaterThan 0
        $failed | ForEach-Object { "$($_.Method) $($_.Path) $($_.Status)" } | Select-Object -Unique | Should -BeExactly 'GET /api/domains 500'
        Set-EmulatorSetting -FaultRate 0 | Out-Null
        Complete 'Get-IRedDomain al' | Should -BeExactly @('alpha.example') -Because 'a failure is not kept as an empty answer'
    }
}

Describe 'Completion from an older release, which has no list calls' {
    BeforeAll {
        Reset-TestEmulator -Release legacy
        Connect-TestEmulator
        $pw = Get-TestPassword
        'alpha.example', 'beta.example' | New-IRedDomain | Out-Null
        'ann@alpha.example', 'andy@alpha.example' | New-IRedUser -Password $pw | Out-Null
        Clear-EmulatorRequest
    }
    AfterAll { Reset-TestEmulator -Release $(if ($env:IREDADMIN_TEST_RELEASE) { $env:IREDADMIN_TEST_RELEASE } else { 'current' }) }

    It 'offers no names and asks the server nothing, however often Tab is pressed; values still complete' {
        "$((Get-IRedConnection).Release)" | Should -Be 'Legacy'
        $Error.Clear()
        foreach ($i in 1..2) {
            Complete 'Get-IRedDomain al' | Should -BeNullOrEmpty
            Complete 'Get-IRedUser -Domain be' | Should -BeNullOrEmpty
            Complete 'Get-IRedUser an@alpha.example' | Should -BeNullOrEmpty
            Complete 'New-IRedUser x@al' | Should -BeNullOrEmpty
        }
        Complete 'Set-IRedUser ann@alpha.example -Status D' | Should -Contain 'Disabled'
        @(Get-EmulatorRequest -IncludeLogin) | Should -BeNullOrEmpty
        $Error | Should -BeNullOrEmpty
    }
}

Describe 'Domain parameters' -Tag CurrentOnly {
    BeforeAll { Initialize-Directory }

    It '<Command> -<Parameter> completes domain names from the server' -ForEach $domainParameters {
        Complete "$Command -$Parameter be" | Should -BeExactly @('beta.example')
    }
}

Describe 'Address parameters' -Tag CurrentOnly {
    BeforeAll { Initialize-Directory }

    It '<Command> -<Parameter> completes domains after @ and then the users of the domain' -ForEach $addressParameters {
        Complete "$Command -$Parameter x@be" | Should -BeExactly @('x@beta.example')
        Complete "$Command -$Parameter an@alpha.example" | Sort-Object -CaseSensitive | Should -BeExactly @('andy@alpha.example', 'ann@alpha.example')
    }
}

Describe 'Enum and ValidateSet parameters' {
    It '<Command> -<Parameter> completes <Values>' -ForEach $valueParameters {
        Complete "$Command -$Parameter " | Sort-Object -CaseSensitive | Should -BeExactly @($Values | Sort-Object -CaseSensitive)
        # And narrows by what is typed.
        $first = $Values[0]
        Complete "$Command -$Parameter $($first.Substring(0, 1))" | Should -Contain $first
    }
}
