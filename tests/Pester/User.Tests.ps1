# New-/Get-/Set-/Remove-/Rename-IRedUser and Test-IRedUserPassword over real HTTP: the wire, the mailbox rows,
# output objects, per-item errors, -WhatIf, and Set-IRedUser -AllUsersInDomain.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
}
AfterAll { Stop-TestEmulator }

Describe 'User lifecycle' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        $pw = Get-TestPassword
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'creates, reads, changes and removes users through the pipeline' {
        # A user's identity binds from a Mail property, as CSV rows and output objects carry it.
        [pscustomobject]@{ Mail = 'a@example.com'; Name = 'Alice' }, [pscustomobject]@{ Mail = 'b@example.com'; Name = 'Bob'; Quota = 512 } |
            New-IRedUser -Password $pw

        Test-EmulatorAccount -Kind User a@example.com | Should -BeTrue
        Test-EmulatorAccount -Kind User b@example.com | Should -BeTrue
        (Get-EmulatorRow -Table mailbox -Column username -Key a@example.com).name | Should -Be 'Alice'
        (Get-EmulatorRow -Table mailbox -Column username -Key b@example.com).quota | Should -Be 512

        $user = Get-IRedUser a@example.com
        $user | Should -HaveCount 1
        $user.Mail | Should -Be 'a@example.com'
        $user.Domain | Should -Be 'example.com'
        $user.Name | Should -Be 'Alice'
        @($user.PSObject.Properties.Name) -match 'Password' | Should -BeNullOrEmpty

        Clear-EmulatorRequest
        Get-IRedUser a@example.com | Set-IRedUser -Quota 2048
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $put | Should -HaveCount 1
        $put[0].Path | Should -Be '/api/user/a@example.com'
        $put[0].FormKeys | Should -Be @('quota')
        $put[0].Form.quota | Should -Be '2048'
        (Get-EmulatorRow -Table mailbox -Column username -Key a@example.com).quota | Should -Be 2048

        'a@example.com', 'b@example.com' | Remove-IRedUser -Confirm:$false
        Test-EmulatorAccount -Kind User a@example.com | Should -BeFalse
        Test-EmulatorAccount -Kind User b@example.com | Should -BeFalse
    }

    It 'removes a user with -KeepMailboxDays through the keep_mailbox_days path' {
        New-IRedUser a@example.com -Password $pw
        Clear-EmulatorRequest

        Remove-IRedUser a@example.com -KeepMailboxDays 30 -Confirm:$false

        Get-EmulatorRequest | Where-Object { $_.Method -eq 'DELETE' -and $_.Path -eq '/api/user/a@example.com/keep_mailbox_days/30' } | Should -HaveCount 1
        Test-EmulatorAccount -Kind User a@example.com | Should -BeFalse
    }

    It '-WhatIf sends nothing and changes nothing' {
        New-IRedUser a@example.com -Password $pw -Quota 100
        Clear-EmulatorRequest

        New-IRedUser b@example.com -Password $pw -WhatIf
        Set-IRedUser a@example.com -Quota 5 -WhatIf
        Remove-IRedUser a@example.com -WhatIf

        Get-EmulatorRequest | Should -BeNullOrEmpty
        Test-EmulatorAccount -Kind User b@example.com | Should -BeFalse
        Test-EmulatorAccount -Kind User a@example.com | Should -BeTrue
        (Get-EmulatorRow -Table mailbox -Column username -Key a@example.com).quota | Should -Be 100
    }

    It 'reports errors per item with stable ids and categories' {
        New-IRedUser a@example.com -Password $pw
        New-IRedUser c@example.com -Password $pw

        $err = $null
        $users = 'a@example.com', 'missing@example.com', 'c@example.com' | Get-IRedUser -ErrorVariable err -ErrorAction SilentlyContinue
        $users.Mail | Should -Be @('a@example.com', 'c@example.com')
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 'missing@example.com'

        $dup = $null
        New-IRedUser a@example.com -Password $pw -ErrorVariable dup -ErrorAction SilentlyContinue
        $dup | Should -HaveCount 1
        $dup[0].FullyQualifiedErrorId | Should -BeLike 'ALREADY_EXISTS,*'
        $dup[0].CategoryInfo.Category | Should -Be 'ResourceExists'

        # -ErrorAction Stop turns the per-item error into a terminating one, as users expect.
        $stop = try { Get-IRedUser missing@example.com -ErrorAction Stop; 'not reached' } catch { 'caught ' + $_.FullyQualifiedErrorId }
        $stop | Should -HaveCount 1
        $stop | Should -BeLike 'caught NO_SUCH_ACCOUNT*'
    }

    It 'refuses bad addresses before any request' {
        $err = $null
        'not-an-address', '../../etc@example.com', "x`r`n@example.com" | New-IRedUser -Password $pw -ErrorVariable err -ErrorAction SilentlyContinue
        Get-IRedUser 'a@exa/mple.com' -ErrorVariable +err -ErrorAction SilentlyContinue

        $err | Should -HaveCount 4
        $err.CategoryInfo.Category | Should -Be @('InvalidArgument', 'InvalidArgument', 'InvalidArgument', 'InvalidArgument')
        $err[0].FullyQualifiedErrorId | Should -BeLike 'INVALID_MAIL,*'
        $err[0].TargetObject | Should -Be 'not-an-address'
        $err[2].FullyQualifiedErrorId | Should -BeLike 'CONTROL_CHARACTER_IN_VALUE,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'catches a Set-IRedUser parameter conflict before sending' {
        { Set-IRedUser a@example.com -Alias b@example.com -AddAlias c@example.com } | Should -Throw -ErrorId 'PARAMETER_CONFLICT,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}

Describe 'Rename-IRedUser, Test-IRedUserPassword and Set-IRedUser -AllUsersInDomain' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        $pw = Get-TestPassword
        New-IRedDomain example.com
        New-IRedDomain example.org
        New-IRedUser a@example.com -Password $pw -Name Alice
        New-IRedUser b@example.com -Password $pw
        New-IRedUser c@example.org -Password $pw
        Clear-EmulatorRequest
    }

    It 'Rename-IRedUser posts change_email and -PassThru returns the renamed user' {
        $user = Get-IRedUser a@example.com | Rename-IRedUser -NewMail Alice@Example.org -PassThru

        $post = @(Get-EmulatorRequest | Where-Object Method -EQ 'POST')
        $post | Should -HaveCount 1
        $post[0].Path | Should -Be '/api/user/a@example.com/change_email/alice@example.org'
        $post[0].FormKeys | Should -HaveCount 0
        Test-EmulatorAccount -Kind User a@example.com | Should -BeFalse
        Test-EmulatorAccount -Kind User alice@example.org | Should -BeTrue

        $user | Should -HaveCount 1
        $user.GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedUser'
        $user.Mail | Should -Be 'alice@example.org'
        $user.Domain | Should -Be 'example.org'
        $user.Name | Should -Be 'Alice'
    }

    It 'Rename-IRedUser errors are per item and -WhatIf sends nothing' {
        Rename-IRedUser a@example.com x@example.com -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
        Test-EmulatorAccount -Kind User a@example.com | Should -BeTrue

        $err = $null
        Rename-IRedUser a@example.com b@example.com -ErrorVariable +err -ErrorAction SilentlyContinue
        Rename-IRedUser a@example.com x@missing.example -ErrorVariable +err -ErrorAction SilentlyContinue
        Rename-IRedUser a@example.com 'not an address' -ErrorVariable +err -ErrorAction SilentlyContinue

        $err | Should -HaveCount 3
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ALREADY_EXISTS,*'
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $err[0].TargetObject | Should -Be 'a@example.com'
        $err[1].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[1].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[2].FullyQualifiedErrorId | Should -BeLike 'INVALID_MAIL,*'
        $err[2].TargetObject | Should -Be 'not an address'
        Get-EmulatorRequest | Where-Object Path -Like '*/change_email/*' | Should -HaveCount 2
        Test-EmulatorAccount -Kind User a@example.com | Should -BeTrue
    }

    It 'Test-IRedUserPassword answers a bool and never shows the password' {
        $wrong = ConvertTo-SecureString 'Wr0ng-Guess-123' -AsPlainText -Force
        $result = Invoke-WithStreams -Variables @{
            pw = $pw; wrong = $wrong; uri = (Get-TestEmulator).BaseUri; credential = (Get-TestEmulator).Credential
        } -ScriptBlock {
            Connect-IRedAdmin -Uri $uri -Credential $credential -RetryDelay 00:00:00.010
            Test-IRedUserPassword a@example.com -Password $pw -Verbose
            'a@example.com' | Test-IRedUserPassword -Password $wrong -Verbose
        }
        $result.Terminating | Should -BeNullOrEmpty
        $result.Error | Should -BeNullOrEmpty
        $result.Output | Should -HaveCount 2
        $result.Output[0] | Should -BeOfType [bool]
        $result.Output | Should -Be @($true, $false)

        # GETs left out: on older servers the new connection probes the release and backend.
        $requests = @(Get-EmulatorRequest | Where-Object Method -NE 'GET')
        $requests | Should -HaveCount 2
        foreach ($q in $requests) {
            "$($q.Method) $($q.Path)" | Should -Be 'POST /api/verify_password/user/a@example.com'
            $q.FormKeys | Should -Be @('password')
        }
        $text = (@($result.Output) + $result.Verbose + $result.Debug + $result.Warning + $result.Information) -join "`n"
        $text | Should -Not -BeLike "*$(Get-TestPassword -AsPlainText)*"
        $text | Should -Not -BeLike '*Wr0ng-Guess-123*'

        $err = $null
        $missing = Test-IRedUserPassword nobody@example.com -Password $pw -ErrorVariable err -ErrorAction SilentlyContinue
        $missing | Should -BeNullOrEmpty
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
    }

    It '-AllUsersInDomain sends one PUT to /api/users and changes every user of that domain only' {
        Set-IRedUser -AllUsersInDomain example.com -Status Disabled -Language fr_FR | Should -BeNullOrEmpty

        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $put | Should -HaveCount 1
        $put[0].Path | Should -Be '/api/users/example.com'
        $put[0].FormKeys | Should -Be @('accountStatus', 'language')
        $put[0].Form.accountStatus | Should -Be 'disabled'
        $put[0].Form.language | Should -Be 'fr_FR'
        foreach ($mail in 'a@example.com', 'b@example.com') {
            $row = Get-EmulatorRow -Table mailbox -Column username -Key $mail
            $row.active | Should -Be 0
            $row.language | Should -Be 'fr_FR'
        }
        (Get-EmulatorRow -Table mailbox -Column username -Key c@example.org).active | Should -Be 1
    }

    # -PassThru lists the domain's users afterwards: GET /api/users/<domain> exists on later releases only.
    It '-AllUsersInDomain -PassThru writes the changed users of that domain' -Tag CurrentOnly {
        $users = Set-IRedUser -AllUsersInDomain example.com -Status Disabled -PassThru
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('PUT /api/users/example.com', 'GET /api/users/example.com')
        $users.Mail | Sort-Object | Should -Be @('a@example.com', 'b@example.com')
        foreach ($u in $users) { "$($u.Status)" | Should -Be 'Disabled' }
    }

    It '-AllUsersInDomain resets passwords without showing them, and the new one verifies' {
        $newpw = ConvertTo-SecureString 'D0main-Wide-Reset!' -AsPlainText -Force
        $result = Invoke-WithStreams -Variables @{
            newpw = $newpw; uri = (Get-TestEmulator).BaseUri; credential = (Get-TestEmulator).Credential
        } -ScriptBlock {
            Connect-IRedAdmin -Uri $uri -Credential $credential -RetryDelay 00:00:00.010
            Set-IRedUser -AllUsersInDomain example.com -Password $newpw -Verbose -Debug
        }
        $result.Terminating | Should -BeNullOrEmpty
        $result.Error | Should -BeNullOrEmpty
        $result.Verbose | Should -Not -BeNullOrEmpty
        $text = (@($result.Output) + $result.Verbose + $result.Debug + $result.Warning + $result.Information) -join "`n"
        $text | Should -Not -BeLike '*D0main-Wide-Reset!*'

        # GETs left out: on older servers the new connection probes the release and backend.
        $put = @(Get-EmulatorRequest | Where-Object Method -NE 'GET')
        $put | Should -HaveCount 1
        "$($put[0].Method) $($put[0].Path)" | Should -Be 'PUT /api/users/example.com'
        $put[0].FormKeys | Should -Be @('password')

        Test-IRedUserPassword b@example.com -Password $newpw | Should -BeTrue
        Test-IRedUserPassword c@example.org -Password $newpw | Should -BeFalse
    }

    It '-AllUsersInDomain refuses bad input and per-user parameters before sending' {
        { Set-IRedUser -AllUsersInDomain example.com } | Should -Throw -ErrorId 'NOTHING_TO_CHANGE,*'
        # -Quota belongs to the single-user parameter set only.
        { Set-IRedUser -AllUsersInDomain example.com -Quota 5 } | Should -Throw -ErrorId 'AmbiguousParameterSet,*'
        $err = $null
        Set-IRedUser -AllUsersInDomain 'bad_domain!' -Status Disabled -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'INVALID_DOMAIN_NAME,*'
        Set-IRedUser -AllUsersInDomain example.com -Status Disabled -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
        (Get-EmulatorRow -Table mailbox -Column username -Key a@example.com).active | Should -Be 1

        $missing = $null
        Set-IRedUser -AllUsersInDomain missing.example -Status Disabled -ErrorVariable missing -ErrorAction SilentlyContinue
        $missing | Should -HaveCount 1
        $missing[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $missing[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'a piped user never widens Set-IRedUser to the whole domain' {
        Get-IRedUser a@example.com | Set-IRedUser -Status Disabled

        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $put | Should -HaveCount 1
        $put[0].Path | Should -Be '/api/user/a@example.com'
        (Get-EmulatorRow -Table mailbox -Column username -Key a@example.com).active | Should -Be 0
        (Get-EmulatorRow -Table mailbox -Column username -Key b@example.com).active | Should -Be 1
    }
}
