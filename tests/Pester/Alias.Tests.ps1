# Get/New/Set/Remove/Rename-IRedAlias and Add-/Remove-IRedAliasMember (SQL backend, then LDAP).
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
    # An unexpected error fails the test; expected ones are collected with -ErrorVariable (-ErrorAction SilentlyContinue).
    $PSDefaultParameterValues = @{ '*-IRed*:ErrorAction' = 'Stop' }
    $collect = @{ ErrorVariable = '+err'; ErrorAction = 'SilentlyContinue' }

    # The alias's members as stored (forwardings rows of the list), sorted.
    function Get-AliasMember([string] $Alias) {
        @(Invoke-EmulatorQuery 'SELECT forwarding FROM forwardings WHERE address = $a AND is_list = 1 ORDER BY forwarding' @{ a = $Alias } |
            ForEach-Object { $_.forwarding })
    }
}
AfterAll { Stop-TestEmulator }

Describe 'Alias cmdlets on SQL' {
    BeforeEach {
        Reset-TestEmulator -Backend sql
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'New-IRedAlias sends name, policy and joined members; Get-IRedAlias reads them back' {
        New-IRedAlias Team@Example.com -Name 'Sales team' -AccessPolicy MembersOnly -Member a@example.com, b@example.org
        $post = @(Get-EmulatorRequest)
        $post | Should -HaveCount 1
        $post[0].Method | Should -Be 'POST'
        $post[0].Path | Should -Be '/api/alias/team@example.com'
        $post[0].FormKeys | Should -Be @('name', 'accessPolicy', 'members')
        $post[0].Form.name | Should -Be 'Sales team'
        $post[0].Form.accessPolicy | Should -Be 'membersonly'
        $post[0].Form.members | Should -Be 'a@example.com,b@example.org'
        (Get-EmulatorRow -Table alias -Column address -Key team@example.com).accesspolicy | Should -Be 'membersonly'
        Get-AliasMember team@example.com | Should -Be @('a@example.com', 'b@example.org')

        $alias = @(Get-IRedAlias team@example.com)
        $alias | Should -HaveCount 1
        $alias[0].GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedAlias'
        $alias[0].Mail | Should -Be 'team@example.com'
        $alias[0].Domain | Should -Be 'example.com'
        $alias[0].Name | Should -Be 'Sales team'
        "$($alias[0].AccessPolicy)" | Should -Be 'MembersOnly'
        "$($alias[0].Status)" | Should -Be 'Active'
        $alias[0].Members | Should -Be @('a@example.com', 'b@example.org')
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('GET /api/alias/team@example.com')
    }

    It 'New-IRedAlias creates aliases from CSV-like rows and -PassThru returns them' {
        $out = @([pscustomobject]@{ Mail = 'one@example.com'; Name = 'One'; Members = @('x@example.org') },
            [pscustomobject]@{ Mail = 'two@example.com'; AccessPolicy = 'domain' } | New-IRedAlias -PassThru)
        $out.Mail | Should -Be @('one@example.com', 'two@example.com')
        Get-AliasMember one@example.com | Should -Be @('x@example.org')
        (Get-EmulatorRow -Table alias -Column address -Key two@example.com).accesspolicy | Should -Be 'domain'
        "$($out[1].AccessPolicy)" | Should -Be 'Domain'
    }

    It 'Set-IRedAlias replaces or edits members and takes aliases from Get-IRedAlias' {
        New-IRedAlias team@example.com -Member a@example.com, b@example.com
        Clear-EmulatorRequest

        $set = @(Get-IRedAlias team@example.com | Set-IRedAlias -Name Renamed -AccessPolicy Public -Member c@example.com -PassThru)
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $put | Should -HaveCount 1
        $put[0].Path | Should -Be '/api/alias/team@example.com'
        $put[0].FormKeys | Should -Be @('name', 'accessPolicy', 'members')
        $put[0].Form.members | Should -Be 'c@example.com'
        Get-AliasMember team@example.com | Should -Be @('c@example.com')
        $set | Should -HaveCount 1
        $set[0].Name | Should -Be 'Renamed'

        Set-IRedAlias team@example.com -AddMember d@example.com, e@example.org -RemoveMember c@example.com
        $put = @(Get-EmulatorRequest)
        $put | Should -HaveCount 1
        $put[0].FormKeys | Should -Be @('addMember', 'removeMember')
        $put[0].Form.addMember | Should -Be 'd@example.com,e@example.org'
        Get-AliasMember team@example.com | Should -Be @('d@example.com', 'e@example.org')

        # An empty -Member clears the list (members= is sent, empty).
        Set-IRedAlias team@example.com -Member @()
        $put = @(Get-EmulatorRequest)
        $put | Should -HaveCount 1
        $put[0].FormKeys | Should -Be @('members')
        $put[0].Form.members | Should -Be ''
        Get-AliasMember team@example.com | Should -BeNullOrEmpty
    }

    It 'Set-IRedAlias refuses -Member with -AddMember/-RemoveMember, and one address added and removed, before sending' {
        New-IRedAlias team@example.com
        Clear-EmulatorRequest

        # -ErrorAction SilentlyContinue would swallow a non-terminating error: these must throw.
        $c1 = { Set-IRedAlias team@example.com -Member a@example.com -AddMember b@example.com -ErrorAction SilentlyContinue } |
            Should -Throw -ErrorId 'PARAMETER_CONFLICT,*' -PassThru
        $c1.Exception.Message | Should -BeLike '*-AddMember*'
        { Set-IRedAlias team@example.com -Member a@example.com -RemoveMember b@example.com -ErrorAction SilentlyContinue } |
            Should -Throw -ErrorId 'PARAMETER_CONFLICT,*'
        $both = { Set-IRedAlias team@example.com -AddMember b@example.com -RemoveMember B@example.com -ErrorAction SilentlyContinue } |
            Should -Throw -ErrorId 'MEMBER_ADDED_AND_REMOVED,*' -PassThru
        $both.TargetObject | Should -Be 'b@example.com'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'Add-IRedAliasMember sends piped members in one request per alias' {
        $pw = Get-TestPassword
        New-IRedUser a@example.com -Password $pw
        New-IRedUser b@example.com -Password $pw
        New-IRedAlias all@example.com -Member z@example.org
        Clear-EmulatorRequest

        $out = @('a@example.com', 'b@example.com', 'A@example.com' | Add-IRedAliasMember -Identity all@example.com -PassThru)
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $put | Should -HaveCount 1
        $put[0].Path | Should -Be '/api/alias/all@example.com'
        $put[0].FormKeys | Should -Be @('addMember')
        $put[0].Form.addMember | Should -Be 'a@example.com,b@example.com'
        Get-AliasMember all@example.com | Should -Be @('a@example.com', 'b@example.com', 'z@example.org')
        $out | Should -HaveCount 1
        $out[0].Members | Sort-Object | Should -Be @('a@example.com', 'b@example.com', 'z@example.org')

        # User objects bind as members through their string form (the address).
        New-IRedAlias staff@example.com
        Clear-EmulatorRequest
        'a@example.com', 'b@example.com' | Get-IRedUser | Add-IRedAliasMember -Identity staff@example.com
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $put | Should -HaveCount 1
        $put[0].Form.addMember | Should -Be 'a@example.com,b@example.com'

        Remove-IRedAliasMember all@example.com -Member z@example.org, a@example.com
        $put = @(Get-EmulatorRequest)
        $put | Should -HaveCount 1
        "$($put[0].Method) $($put[0].Path)" | Should -Be 'PUT /api/alias/all@example.com'
        $put[0].Form.removeMember | Should -Be 'z@example.org,a@example.com'
        Get-AliasMember all@example.com | Should -Be @('b@example.com')

        # The alias identity binds by property name from alias objects.
        Get-IRedAlias all@example.com | Add-IRedAliasMember -Member c@example.org
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $put | Should -HaveCount 1
        $put[0].Form.addMember | Should -Be 'c@example.org'
    }

    It 'Rename-IRedAlias and Remove-IRedAlias reach their paths' {
        New-IRedAlias old@example.com -Member a@example.com
        Clear-EmulatorRequest

        $renamed = @(Rename-IRedAlias old@example.com -NewMail New@Example.com -PassThru)
        $post = @(Get-EmulatorRequest)[0]
        "$($post.Method) $($post.Path)" | Should -Be 'POST /api/alias/old@example.com/change_email/new@example.com'
        $post.FormKeys | Should -BeNullOrEmpty
        $renamed | Should -HaveCount 1
        $renamed[0].Mail | Should -Be 'new@example.com'
        Test-EmulatorAccount -Kind Alias old@example.com | Should -BeFalse
        Test-EmulatorAccount -Kind Alias new@example.com | Should -BeTrue
        Get-AliasMember new@example.com | Should -Be @('a@example.com')

        $removed = @(Get-IRedAlias new@example.com | Remove-IRedAlias -Confirm:$false -PassThru)
        $removed | Should -HaveCount 1
        $removed[0] | Should -BeOfType [string]
        $removed[0] | Should -Be 'new@example.com'
        Get-EmulatorRequest | Where-Object { $_.Method -eq 'DELETE' -and $_.Path -eq '/api/alias/new@example.com' } | Should -HaveCount 1
        Test-EmulatorAccount -Kind Alias new@example.com | Should -BeFalse
        Get-AliasMember new@example.com | Should -BeNullOrEmpty
    }

    It 'sends nothing and changes nothing under -WhatIf' {
        New-IRedAlias team@example.com -Member a@example.com
        Clear-EmulatorRequest

        New-IRedAlias x@example.com -WhatIf
        Set-IRedAlias team@example.com -Member b@example.com -WhatIf
        Rename-IRedAlias team@example.com y@example.com -WhatIf
        Remove-IRedAlias team@example.com -WhatIf
        'c@example.com' | Add-IRedAliasMember team@example.com -WhatIf
        Remove-IRedAliasMember team@example.com a@example.com -WhatIf

        Get-EmulatorRequest | Should -BeNullOrEmpty
        Test-EmulatorAccount -Kind Alias x@example.com | Should -BeFalse
        Test-EmulatorAccount -Kind Alias y@example.com | Should -BeFalse
        Get-AliasMember team@example.com | Should -Be @('a@example.com')
    }

    It 'reports server errors per item and sends no bad input' {
        New-IRedAlias team@example.com
        Clear-EmulatorRequest

        $err = $null
        $out = @('team@example.com', 'missing@example.com' | Get-IRedAlias @collect)
        $out | Should -HaveCount 1
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ObjectNotFound)
        $err[0].TargetObject | Should -Be 'missing@example.com'

        $err = $null
        New-IRedAlias team@example.com @collect
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ALREADY_EXISTS,*'
        $err[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ResourceExists)
        $err = $null
        'a@example.com' | Add-IRedAliasMember -Identity nobody@example.com @collect
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        Clear-EmulatorRequest

        $err = $null
        New-IRedAlias new@example.com -Member 'a@example.com,b@example.com' @collect
        New-IRedAlias new@example.com -Member 'not-an-address' @collect
        'bad address' | Add-IRedAliasMember team@example.com @collect
        Rename-IRedAlias team@example.com team@example.com @collect
        Get-IRedAlias '*@*' @collect
        @($err | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] }) |
            Should -Be @('COMMA_IN_LIST_MEMBER', 'INVALID_MAIL', 'INVALID_MAIL', 'SAME_ADDRESS', 'WILDCARD_NEEDS_LITERAL_DOMAIN')
        foreach ($e in $err) { $e.CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidArgument) }
        $err[2].TargetObject | Should -Be 'bad address'
        Get-EmulatorRequest | Should -BeNullOrEmpty
        Test-EmulatorAccount -Kind Alias new@example.com | Should -BeFalse
    }

    # GET /api/aliases/<domain> exists on later releases only.
    It 'Get-IRedAlias lists a domain and matches wildcards through the aliases list' -Tag CurrentOnly {
        New-IRedAlias sales@example.com
        New-IRedAlias sales-eu@example.com
        New-IRedAlias info@example.com
        Clear-EmulatorRequest

        $all = @(Get-IRedAlias -Domain example.com)
        [string[]] $mails = $all.Mail
        [Array]::Sort($mails, [StringComparer]::Ordinal)
        $mails | Should -Be @('info@example.com', 'sales-eu@example.com', 'sales@example.com')
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('GET /api/aliases/example.com')
        $some = @(Get-IRedAlias 'sales*@example.com')
        $some | Should -HaveCount 2
        $some.Mail | Should -Contain 'sales-eu@example.com'
        $some.Mail | Should -Contain 'sales@example.com'
        @(Get-IRedDomain example.com | Get-IRedAlias) | Should -HaveCount 3
    }
}

Describe 'Alias cmdlets on LDAP' {
    BeforeEach {
        Reset-TestEmulator -Backend ldap
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }
    AfterAll { Reset-TestEmulator -Backend sql }

    It 'maps the LDAP alias shape and refuses -AccessPolicy' {
        New-IRedAlias team@example.com -Name Team -Member a@example.com
        $alias = @(Get-IRedAlias team@example.com)
        $alias | Should -HaveCount 1
        $alias[0].Name | Should -Be 'Team'
        $alias[0].AccessPolicy | Should -BeNullOrEmpty
        $alias[0].Members | Should -Be @('a@example.com')
        $alias[0].DistinguishedName | Should -Be 'mail=team@example.com,ou=Aliases,domainName=example.com,o=domains,dc=example,dc=com'
        Clear-EmulatorRequest

        $err = $null
        New-IRedAlias other@example.com -AccessPolicy MembersOnly @collect
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ACCESS_POLICY_NEEDS_SQL_BACKEND,*'
        $err[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidArgument)
        { Set-IRedAlias team@example.com -AccessPolicy Domain -ErrorAction SilentlyContinue } | Should -Throw -ErrorId 'ACCESS_POLICY_NEEDS_SQL_BACKEND,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
        Test-EmulatorAccount -Kind Alias other@example.com | Should -BeFalse
    }
}
