# Inputs found wanting by the reliability review: each is refused with its own ErrorId and nothing is sent.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
}
AfterAll { Stop-TestEmulator }

Describe 'Connect-IRedAdmin input guard' {
    BeforeEach { Reset-TestEmulator }

    It 'refuses a malformed thumbprint before any prompt or request' {
        # No -Credential: a prompt would come next, so the refusal must come first (this pwsh may be -NonInteractive).
        $caught = { Connect-IRedAdmin -Uri (Get-TestEmulator).BaseUri -CertificateThumbprint 'not-hex' } |
            Should -Throw -ErrorId 'INVALID_CERTIFICATE_THUMBPRINT,*' -PassThru

        $caught.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $caught.TargetObject | Should -Be 'not-hex'
        Get-EmulatorRequest -IncludeLogin | Should -BeNullOrEmpty
    }
}

Describe 'Cmdlet input guards' {
    BeforeEach { Reset-TestEmulator; Connect-TestEmulator; Clear-EmulatorRequest }

    It 'refuses a comma inside one service name' {
        $err = $null
        Set-IRedUser a@example.com -AddService 'mail,smtp' -ErrorVariable err -ErrorAction SilentlyContinue

        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'COMMA_IN_LIST_MEMBER,*'
        $err[0].TargetObject | Should -Be 'mail,smtp'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'names the parameter whose name or alias is the field the client refused: <Name>' -ForEach @(
        @{ Name = 'by name'; Command = { New-IRedUser a@example.com -Password (Get-TestPassword) -Name "A`nB" -ErrorVariable err -ErrorAction SilentlyContinue }
            ErrorId = 'CONTROL_CHARACTER_IN_VALUE'; Message = '-Name: The value contains a control character*' }
        @{ Name = 'by alias'; Command = { Set-IRedThrottle -Domain example.com -Direction Inbound -Period 60 -MaxMessageSize -5 -ErrorVariable err -ErrorAction SilentlyContinue }
            ErrorId = 'VALUE_OUT_OF_RANGE'; Message = '-MaxMessageSize: -5 is out of range*' }
    ) {
        $err = $null
        try { . $Command } catch { $err = @($_) }

        @($err)[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        @($err)[0].Exception.Message | Should -BeLike $Message
        @($err)[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'refuses an absurd quota at binding: <Name>' -ForEach @(
        @{ Name = 'New-IRedDomain -Quota 2000000000'; Command = { New-IRedDomain big.example -Quota 2000000000 } }
        @{ Name = 'Set-IRedDomain -MaxUserQuota 20971520'; Command = { Set-IRedDomain big.example -MaxUserQuota 20971520 } }
        @{ Name = 'New-IRedUser -Quota 10485761'; Command = { New-IRedUser a@big.example -Password ([securestring]::new()) -Quota 10485761 } }
    ) {
        $Command | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}
