# Hostile input across the cmdlets: each is refused with its specific ErrorId before any request is sent.
BeforeDiscovery {
    # Command, the ErrorId its one error must carry, and text its message or target must show.
    $script:Hostile = @(
        # Path traversal and path characters in identities.
        @{ Command = 'New-IRedUser ''../etc/passwd@example.com'' -Password $pw'; ErrorId = 'INVALID_MAIL'; Shows = '../etc/passwd@example.com' }
        @{ Command = 'New-IRedUser ''a%2Fb@example.com'' -Password $pw'; ErrorId = 'INVALID_MAIL'; Shows = 'a%2Fb@example.com' }
        @{ Command = 'New-IRedUser ''a\b@example.com'' -Password $pw'; ErrorId = 'INVALID_MAIL'; Shows = 'a\b@example.com' }
        @{ Command = 'New-IRedUser ''a/b@example.com'' -Password $pw'; ErrorId = 'INVALID_MAIL'; Shows = 'a/b@example.com' }
        @{ Command = 'Get-IRedUser ''a%2F..%2Fadmin@example.com'''; ErrorId = 'INVALID_MAIL'; Shows = 'a%2F..%2Fadmin@example.com' }
        @{ Command = 'Remove-IRedUser ''a@example.com/../../domain/example.com'' -Confirm:$false'; ErrorId = 'INVALID_MAIL'; Shows = 'a@example.com/../../domain/example.com' }
        @{ Command = 'Set-IRedUser ''..'' -Quota 1'; ErrorId = 'INVALID_MAIL'; Shows = '..' }
        @{ Command = 'Get-IRedUser -Domain ''../../etc'''; ErrorId = 'INVALID_DOMAIN_NAME'; Shows = '../../etc' }
        @{ Command = 'Get-IRedUser -Domain ''example.com\..'''; ErrorId = 'INVALID_DOMAIN_NAME'; Shows = 'example.com\..' }
        @{ Command = 'New-IRedDomain ''exa/mple.com'''; ErrorId = 'INVALID_DOMAIN_NAME'; Shows = 'exa/mple.com' }
        @{ Command = 'New-IRedDomain ''%2e%2e'''; ErrorId = 'INVALID_DOMAIN_NAME'; Shows = '%2e%2e' }
        @{ Command = 'Remove-IRedDomain ''..\..\x'' -Confirm:$false'; ErrorId = 'INVALID_DOMAIN_NAME'; Shows = '..\..\x' }
        @{ Command = 'Set-IRedUser a@example.com -AddAlias ''../x@example.com'''; ErrorId = 'INVALID_MAIL'; Shows = '../x@example.com' }
        # CR, LF, NUL in any value.
        @{ Command = 'New-IRedUser "a`r`nb@example.com" -Password $pw'; ErrorId = 'CONTROL_CHARACTER_IN_VALUE'; Shows = 'Identity' }
        @{ Command = 'New-IRedUser "a`0@example.com" -Password $pw'; ErrorId = 'CONTROL_CHARACTER_IN_VALUE'; Shows = 'Identity' }
        @{ Command = 'New-IRedUser b@example.com -Name "Evil`r`nX-Injected: 1" -Password $pw'; ErrorId = 'CONTROL_CHARACTER_IN_VALUE'; Shows = 'Name' }
        @{ Command = 'New-IRedUser b@example.com -Name "nul`0name" -Password $pw'; ErrorId = 'CONTROL_CHARACTER_IN_VALUE'; Shows = 'Name' }
        @{ Command = 'Set-IRedUser a@example.com -Transport "smtp:[relay]`n25"'; ErrorId = 'CONTROL_CHARACTER_IN_VALUE'; Shows = 'Transport' }
        @{ Command = 'Set-IRedUser a@example.com -FirstName "`0"'; ErrorId = 'CONTROL_CHARACTER_IN_VALUE'; Shows = 'FirstName' }
        @{ Command = 'New-IRedDomain example.org -Description "line`nbreak"'; ErrorId = 'CONTROL_CHARACTER_IN_VALUE'; Shows = 'Description' }
        @{ Command = 'Set-IRedDomain example.com -OutboundRelay "relay`0"'; ErrorId = 'CONTROL_CHARACTER_IN_VALUE'; Shows = 'OutboundRelay' }
        @{ Command = 'Get-IRedDomain "example.com`r`n"'; ErrorId = 'CONTROL_CHARACTER_IN_VALUE'; Shows = 'Identity' }
        # Invalid email and domain syntax.
        @{ Command = 'New-IRedUser plainaddress -Password $pw'; ErrorId = 'INVALID_MAIL'; Shows = 'plainaddress' }
        @{ Command = 'New-IRedUser ''a@b'' -Password $pw'; ErrorId = 'INVALID_MAIL'; Shows = 'a@b' }
        @{ Command = 'New-IRedUser ''a@@example.com'' -Password $pw'; ErrorId = 'INVALID_MAIL'; Shows = 'a@@example.com' }
        @{ Command = 'New-IRedUser ''a@exa mple.com'' -Password $pw'; ErrorId = 'INVALID_MAIL'; Shows = 'a@exa mple.com' }
        @{ Command = 'New-IRedUser ''a@-example.com'' -Password $pw'; ErrorId = 'INVALID_MAIL'; Shows = 'a@-example.com' }
        @{ Command = 'Set-IRedUser a@example.com -Alias ''x@example.com'', ''not-an-address'''; ErrorId = 'INVALID_MAIL'; Shows = 'not-an-address' }
        @{ Command = 'New-IRedDomain localhost'; ErrorId = 'INVALID_DOMAIN_NAME'; Shows = 'localhost' }
        @{ Command = 'New-IRedDomain ''123.456'''; ErrorId = 'INVALID_DOMAIN_NAME'; Shows = '123.456' }
        @{ Command = 'New-IRedDomain example.org -SenderBcc ''not-an-address'''; ErrorId = 'INVALID_MAIL'; Shows = 'not-an-address' }
        # Over-long values.
        @{ Command = 'New-IRedUser (''x'' * 65 + ''@example.com'') -Password $pw'; ErrorId = 'INVALID_MAIL'; Shows = 'xxxxxxxx' }
        @{ Command = 'New-IRedDomain (''a'' * 64 + ''.com'')'; ErrorId = 'INVALID_DOMAIN_NAME'; Shows = 'aaaaaaaa' }
        @{ Command = 'New-IRedUser b@example.com -Name (''x'' * 300) -Password $pw'; ErrorId = 'VALUE_TOO_LONG'; Shows = '300' }
        @{ Command = 'New-IRedUser b@example.com -Language (''x'' * 20) -Password $pw'; ErrorId = 'VALUE_TOO_LONG'; Shows = 'Language' }
        @{ Command = 'Set-IRedUser a@example.com -EmployeeId (''9'' * 300)'; ErrorId = 'VALUE_TOO_LONG'; Shows = 'EmployeeId' }
        # Commas inside one list member.
        @{ Command = 'Set-IRedUser a@example.com -Forwarding ''x@example.com,y@example.com'''; ErrorId = 'COMMA_IN_LIST_MEMBER'; Shows = 'x@example.com,y@example.com' }
        @{ Command = 'Set-IRedDomain example.com -CatchAll ''a@example.com,b@example.com'''; ErrorId = 'COMMA_IN_LIST_MEMBER'; Shows = 'a@example.com,b@example.com' }
        @{ Command = 'Set-IRedUser a@example.com -RemoveAlias ''x@example.com,y@example.com'''; ErrorId = 'COMMA_IN_LIST_MEMBER'; Shows = 'x@example.com,y@example.com' }
        # Negative or absurd quotas and counts.
        @{ Command = 'New-IRedUser b@example.com -Quota -1 -Password $pw'; ErrorId = 'ParameterArgumentValidationError'; Shows = '-1' }
        @{ Command = 'New-IRedUser b@example.com -Quota 99999999 -Password $pw'; ErrorId = 'ParameterArgumentValidationError'; Shows = '99999999' }
        @{ Command = 'New-IRedUser b@example.com -Quota 99999999999 -Password $pw'; ErrorId = 'CannotConvertArgumentNoMessage'; Shows = '99999999999' }
        @{ Command = 'Set-IRedUser a@example.com -Quota -5'; ErrorId = 'ParameterArgumentValidationError'; Shows = '-5' }
        @{ Command = 'New-IRedDomain example.org -Quota -1'; ErrorId = 'ParameterArgumentValidationError'; Shows = '-1' }
        @{ Command = 'Set-IRedDomain example.com -MinPasswordLength 5000'; ErrorId = 'ParameterArgumentValidationError'; Shows = '5000' }
        @{ Command = 'Remove-IRedUser a@example.com -KeepMailboxDays -1 -Confirm:$false'; ErrorId = 'ParameterArgumentValidationError'; Shows = '-1' }
        # Unknown enum and set values.
        @{ Command = 'Set-IRedUser a@example.com -Status Frozen'; ErrorId = 'CannotConvertArgumentNoMessage'; Shows = 'Frozen' }
        @{ Command = 'Set-IRedDomain example.com -Status Maybe'; ErrorId = 'CannotConvertArgumentNoMessage'; Shows = 'Maybe' }
        @{ Command = 'Set-IRedDomain example.com -EnableService imap'; ErrorId = 'ParameterArgumentValidationError'; Shows = 'imap' }
        # Parameters the server would reject together.
        @{ Command = 'Set-IRedUser a@example.com -Alias ''x@example.com'' -AddAlias ''y@example.com'''; ErrorId = 'PARAMETER_CONFLICT'; Shows = '-AddAlias' }
        @{ Command = 'Set-IRedDomain example.com -Transport ''relay:x'' -IsBackupMx $true -PrimaryMx ''mx.example.net'''; ErrorId = 'PARAMETER_CONFLICT'; Shows = '-Transport' }
        @{ Command = 'Connect-IRedAdmin -Uri $uri -Credential $cred -RetryDelay ''-00:00:01'''; ErrorId = 'VALUE_OUT_OF_RANGE'; Shows = 'RetryDelay' }
    )
}
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.Reliability.psm1 -Force
    Import-TestModule
    $script:Emulator = Start-TestEmulator
    $script:UserPw = ConvertTo-SecureString 'Bulk-Us3r-Passw0rd!' -AsPlainText -Force
}
AfterAll { Stop-TestEmulator }

Describe 'Hostile input' {
    BeforeAll {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password $script:UserPw
        Clear-EmulatorRequest
        $usersBefore = Get-EmulatorCount mailbox
        $tally = @{ Tried = 0; Sent = 0; ErrorIds = [System.Collections.Generic.HashSet[string]]::new() }
    }
    AfterAll {
        Write-ReliabilityFigure hostile_inputs ([ordered]@{
                inputs_tried = $tally.Tried; requests_sent_for_them = $tally.Sent; distinct_error_ids = $tally.ErrorIds.Count })
    }

    It '<Command> is refused with <ErrorId>' -ForEach $Hostile {
        $r = Invoke-AllStreams ([scriptblock]::Create($Command)) -Variables @{
            pw = $script:UserPw; uri = $script:Emulator.BaseUri; cred = $script:Emulator.Credential }
        $sent = @(Get-EmulatorRequest -IncludeLogin)
        $tally.Tried++; $tally.Sent += $sent.Count

        $errors = @(Get-AllErrorRecord $r)
        $errors | Should -HaveCount 1
        $errors[0].FullyQualifiedErrorId.StartsWith("$ErrorId,", [System.StringComparison]::Ordinal) |
            Should -BeTrue -Because "the ErrorId is $($errors[0].FullyQualifiedErrorId)"
        $shown = $errors[0].Exception.Message + ' ' + $errors[0].TargetObject
        $shown.Contains($Shows) | Should -BeTrue -Because "the error must show '$Shows': $shown"
        $sent | ForEach-Object { "$($_.Method) $($_.RawPath)" } | Should -BeNullOrEmpty
        Assert-NoSecret -Result $r
        Get-EmulatorCount mailbox | Should -Be $usersBefore
        Test-EmulatorAccount -Kind Domain example.org | Should -BeFalse
        [void]$tally.ErrorIds.Add($ErrorId)
    }

    It 'tries at least 40 hostile inputs, with specific ErrorIds' -ForEach @{ Count = $Hostile.Count; Ids = @($Hostile.ErrorId | Select-Object -Unique).Count } {
        $Count | Should -BeGreaterOrEqual 40
        $Ids | Should -BeGreaterOrEqual 8
    }
}

Describe 'Internationalised domain names' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
    }

    It 'go on the wire as punycode' {
        $r = Invoke-AllStreams { New-IRedDomain 'Bücher.Example' -PassThru; New-IRedUser 'info@bücher.example' -Password $pw -PassThru } -Variables @{ pw = $script:UserPw }

        @(Get-AllErrorRecord $r) | Should -HaveCount 0
        $log = @(Get-EmulatorRequest -IncludeLogin)
        @($log | Where-Object Method -EQ 'POST' | Where-Object Path -NE '/api/login').Path |
            Should -Be @('/api/domain/xn--bcher-kva.example', '/api/user/info@xn--bcher-kva.example')
        Test-EmulatorAccount -Kind Domain xn--bcher-kva.example | Should -BeTrue
        Test-EmulatorAccount -Kind User info@xn--bcher-kva.example | Should -BeTrue
        $r.Output[0].Domain | Should -Be 'xn--bcher-kva.example'
        $r.Output[1].Mail | Should -Be 'info@xn--bcher-kva.example'
        Assert-NoSecret -Result $r -Request $log
    }
}
