# Mailing lists of the LDAP edition, and the clear refusal on SQL servers.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    $emulator = Start-TestEmulator -Backend ldap
    # An unexpected error fails the test; expected ones are collected with -ErrorVariable (-ErrorAction SilentlyContinue).
    $PSDefaultParameterValues = @{ '*-IRed*:ErrorAction' = 'Stop' }
    $collect = @{ ErrorVariable = '+err'; ErrorAction = 'SilentlyContinue' }

    function Get-ListMember([string] $List) {
        @(Invoke-EmulatorQuery 'SELECT member FROM ldap_maillist_members WHERE address = $a ORDER BY member' @{ a = $List } |
            ForEach-Object { $_.member })
    }
}
AfterAll { Stop-TestEmulator }

Describe 'Mailing list cmdlets on LDAP' {
    BeforeEach {
        Reset-TestEmulator -Backend ldap
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'creates, reads, changes and removes a list' {
        $created = @(New-IRedMailingList List@example.com -Name 'All staff' -AccessPolicy Domain -Member a@example.com, b@example.org -PassThru)
        $post = @(Get-EmulatorRequest)[0]
        "$($post.Method) $($post.Path)" | Should -Be 'POST /api/maillist/list@example.com'
        $post.FormKeys | Should -Be @('name', 'accessPolicy', 'members')
        $post.Form.accessPolicy | Should -Be 'domain'
        $post.Form.members | Should -Be 'a@example.com,b@example.org'
        $row = Get-EmulatorRow -Table ldap_maillists -Column address -Key list@example.com
        $row.name | Should -Be 'All staff'
        $row.accesspolicy | Should -Be 'domain'
        Get-ListMember list@example.com | Should -Be @('a@example.com', 'b@example.org')
        $created | Should -HaveCount 1
        $created[0].GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedMailingList'

        $got = @(Get-IRedMailingList list@example.com)
        $got | Should -HaveCount 1
        $got[0].Mail | Should -Be 'list@example.com'
        $got[0].Domain | Should -Be 'example.com'
        $got[0].Name | Should -Be 'All staff'
        "$($got[0].AccessPolicy)" | Should -Be 'Domain'
        "$($got[0].Status)" | Should -Be 'Active'
        $got[0].Members | Should -Be @('a@example.com', 'b@example.org')
        $got[0].DistinguishedName | Should -Be 'mail=list@example.com,ou=Groups,domainName=example.com,o=domains,dc=example,dc=com'
        Clear-EmulatorRequest

        Get-IRedMailingList list@example.com | Set-IRedMailingList -AccessPolicy MembersAndModeratorsOnly -AddMember c@example.com -RemoveMember a@example.com
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $put | Should -HaveCount 1
        $put[0].Path | Should -Be '/api/maillist/list@example.com'
        $put[0].FormKeys | Should -Be @('accessPolicy', 'addMember', 'removeMember')
        $put[0].Form.accessPolicy | Should -Be 'membersandmoderatorsonly'
        Get-ListMember list@example.com | Should -Be @('b@example.org', 'c@example.com')

        Set-IRedMailingList list@example.com -Member z@example.com -Name Z
        $put = @(Get-EmulatorRequest)
        $put | Should -HaveCount 1
        $put[0].Form.members | Should -Be 'z@example.com'
        Get-ListMember list@example.com | Should -Be @('z@example.com')

        $removed = @(Remove-IRedMailingList list@example.com -Confirm:$false -PassThru)
        $removed | Should -HaveCount 1
        $removed[0] | Should -BeOfType [string]
        $removed[0] | Should -Be 'list@example.com'
        # Looked up first: later servers answer success to a DELETE of a missing account.
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('GET /api/maillist/list@example.com', 'DELETE /api/maillist/list@example.com')
        Get-EmulatorRow -Table ldap_maillists -Column address -Key list@example.com | Should -BeNullOrEmpty
    }

    It 'sends piped members in one request per list' {
        New-IRedMailingList one@example.com
        New-IRedMailingList two@example.com -Member x@example.org, y@example.org
        Clear-EmulatorRequest

        $out = @('a@example.com', 'b@example.com' | Add-IRedMailingListMember -Identity one@example.com -PassThru)
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $put | Should -HaveCount 1
        $put[0].Path | Should -Be '/api/maillist/one@example.com'
        $put[0].Form.addMember | Should -Be 'a@example.com,b@example.com'
        Get-ListMember one@example.com | Should -Be @('a@example.com', 'b@example.com')
        $out | Should -HaveCount 1
        $out[0].Members | Should -Be @('a@example.com', 'b@example.com')

        # Lists arriving by property name (CSV rows) are each sent once, in input order.
        'Mail', 'two@example.com', 'one@example.com', 'two@example.com' | ConvertFrom-Csv |
            Remove-IRedMailingListMember -Member x@example.org, a@example.com
        $puts = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $puts.Path | Should -Be @('/api/maillist/two@example.com', '/api/maillist/one@example.com')
        $puts.Form.removeMember | Should -Be @('x@example.org,a@example.com', 'x@example.org,a@example.com')
        Get-ListMember two@example.com | Should -Be @('y@example.org')
        Get-ListMember one@example.com | Should -Be @('b@example.com')
    }

    It 'sends nothing and changes nothing under -WhatIf' {
        New-IRedMailingList list@example.com -Member a@example.com
        Clear-EmulatorRequest

        New-IRedMailingList x@example.com -WhatIf
        Set-IRedMailingList list@example.com -Name X -WhatIf
        Remove-IRedMailingList list@example.com -WhatIf
        'b@example.com' | Add-IRedMailingListMember list@example.com -WhatIf
        Remove-IRedMailingListMember list@example.com a@example.com -WhatIf

        Get-EmulatorRequest | Should -BeNullOrEmpty
        Get-EmulatorRow -Table ldap_maillists -Column address -Key x@example.com | Should -BeNullOrEmpty
        (Get-EmulatorRow -Table ldap_maillists -Column address -Key list@example.com).name | Should -Be ''
        Get-ListMember list@example.com | Should -Be @('a@example.com')
    }

    It 'gives specific errors and catches conflicts before sending' {
        New-IRedMailingList list@example.com
        Clear-EmulatorRequest

        $err = $null
        $out = @('list@example.com', 'none@example.com' | Get-IRedMailingList @collect)
        $out | Should -HaveCount 1
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ObjectNotFound)
        $err[0].TargetObject | Should -Be 'none@example.com'
        $err = $null
        New-IRedMailingList list@example.com @collect
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ALREADY_EXISTS,*'
        Clear-EmulatorRequest

        { Set-IRedMailingList list@example.com -Member a@example.com -AddMember b@example.com -ErrorAction SilentlyContinue } |
            Should -Throw -ErrorId 'PARAMETER_CONFLICT,*'
        $err = $null
        New-IRedMailingList new@example.com -Member 'x y' @collect
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'INVALID_MAIL,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}

Describe 'Mailing list cmdlets on SQL' {
    BeforeEach {
        Reset-TestEmulator -Backend sql
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'every mailing list cmdlet says why and sends nothing' {
        foreach ($command in @(
                { Get-IRedMailingList list@example.com -ErrorAction SilentlyContinue }
                { New-IRedMailingList list@example.com -ErrorAction SilentlyContinue }
                { Set-IRedMailingList list@example.com -Name x -ErrorAction SilentlyContinue }
                { Remove-IRedMailingList list@example.com -Confirm:$false -ErrorAction SilentlyContinue }
                { Add-IRedMailingListMember list@example.com a@example.com -ErrorAction SilentlyContinue }
                { Remove-IRedMailingListMember list@example.com a@example.com -ErrorAction SilentlyContinue }
            )) {
            # Terminating: -ErrorAction SilentlyContinue would swallow a non-terminating error.
            $caught = $command | Should -Throw -ErrorId 'LDAP_BACKEND_REQUIRED,*' -PassThru -Because "$command"
            $caught.CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidOperation)
            $caught.Exception.Message | Should -BeLike '*Mailing lists need an LDAP backend*'
            $caught.Exception.Message | Should -BeLike '*use aliases*'
        }
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'maps the SQL server''s 404 page when the backend is not known yet' {
        # A fresh client has not logged in, so it cannot know the backend: the SQL app's 404 HTML page for
        # /api/maillist must then read as "needs LDAP", not as "check the URI".
        Clear-EmulatorRequest
        $c = [IRedAdmin.Client.IRedAdminClient]::new([IRedAdmin.Client.IRedAdminClientOptions]::new([uri]$emulator.BaseUri),
            [Net.NetworkCredential]::new($emulator.AdminEmail, $emulator.AdminPassword))
        try {
            $seen = @(
                $c.Backend.ToString()
                try { $null = [IRedAdmin.Client.Api.MailingListApi]::GetMailingListAsync($c, 'x@example.com', [Threading.CancellationToken]::None).GetAwaiter().GetResult() }
                catch { $_.Exception.InnerException.Code; $_.Exception.InnerException.Message }
                $c.Backend.ToString()
            )
        }
        finally { $c.Dispose() }
        # Later releases name the backend in the session cookie of the login this GET made; older ones do not.
        $learned = if ((Get-TestEmulator).Release -eq 'legacy') { 'Unknown' } else { 'Sql' }
        $seen | Should -Be @('Unknown', 'LDAP_BACKEND_REQUIRED', 'Mailing lists need an LDAP backend, and this server runs SQL; use aliases (New-IRedAlias) instead.', $learned)
        $get = @(Get-EmulatorRequest)
        $get | Should -HaveCount 1
        "$($get[0].Method) $($get[0].Path) $($get[0].Status)" | Should -Be 'GET /api/maillist/x@example.com 404'
    }
}
