# Parameters of current-api.md beyond the older document on admins, aliases, spam policy, LDAP lists and domains:
# the admin's mail-log and quarantine switches, alias status, banned rule names, archive on delete, name-only domain
# listing, and the domain's admins (GET /api/domain/admins/<domain>). Exact wire form and stored state each.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
    $PSDefaultParameterValues = @{ '*-IRed*:ErrorAction' = 'Stop' }
    $collect = @{ ErrorVariable = '+err'; ErrorAction = 'SilentlyContinue' }
    $pw = Get-TestPassword

    # iRedMail keeps an admin's settings as "key:value;key:value".
    function Get-AdminSetting([string] $Mail) {
        $settings = @{}
        foreach ($pair in "$((Get-EmulatorRow -Table admin -Column username -Key $Mail).settings)" -split ';') {
            $k, $v = $pair -split ':', 2
            if ($k) { $settings[$k] = $v }
        }
        $settings
    }
}
AfterAll { Stop-TestEmulator }

Describe 'Admin rights switches' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator -Backend sql -Release current
        Connect-TestEmulator
    }

    It 'sends disableViewingMailLog / disableManagingQuarantinedMails as yes/no and reads them back' {
        $admin = New-IRedAdmin adm@example.org -Password $pw -DisableViewingMailLog $true -DisableManagingQuarantinedMails $false -PassThru
        $post = @(Get-EmulatorRequest)[0]
        "$($post.Method) $($post.Path)" | Should -Be 'POST /api/admin/adm@example.org'
        $post.FormKeys | Should -Be @('password', 'disableViewingMailLog', 'disableManagingQuarantinedMails')
        $post.Form.disableViewingMailLog | Should -BeExactly 'yes'
        $post.Form.disableManagingQuarantinedMails | Should -BeExactly 'no'
        $post.Undocumented | Should -BeNullOrEmpty
        (Get-AdminSetting adm@example.org).disable_viewing_mail_log | Should -Be 'yes'
        $admin.DisableViewingMailLog | Should -BeTrue
        $admin.DisableManagingQuarantinedMails | Should -BeFalse

        $admin = Set-IRedAdmin adm@example.org -DisableViewingMailLog $false -DisableManagingQuarantinedMails $true -PassThru
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')[0]
        $put.FormKeys | Should -Be @('disableViewingMailLog', 'disableManagingQuarantinedMails')
        $put.Form.disableManagingQuarantinedMails | Should -BeExactly 'yes'
        (Get-AdminSetting adm@example.org).disable_managing_quarantined_mails | Should -Be 'yes'
        $admin.DisableViewingMailLog | Should -BeFalse
        $admin.DisableManagingQuarantinedMails | Should -BeTrue
    }

    It 'refuses the switches together with global admin rights, which ignore them' {
        { New-IRedAdmin g@example.org -Password $pw -GlobalAdmin -DisableViewingMailLog $true } | Should -Throw -ErrorId 'PARAMETER_CONFLICT,*'
        { Set-IRedAdmin g@example.org -IsGlobalAdmin $true -DisableManagingQuarantinedMails $true } | Should -Throw -ErrorId 'PARAMETER_CONFLICT,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}

Describe 'Alias status and listing' -Tag CurrentOnly {
    It 'disables and enables an alias (accountStatus) and lists disabled ones, addresses only' {
        Reset-TestEmulator -Backend sql -Release current
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedAlias a@example.com -Member x@example.net
        New-IRedAlias b@example.com -Member x@example.net
        Clear-EmulatorRequest

        $alias = Set-IRedAlias a@example.com -Status Disabled -PassThru
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')[0]
        $put.FormKeys | Should -Be @('accountStatus')
        $put.Form.accountStatus | Should -BeExactly 'disabled'
        (Get-EmulatorRow -Table alias -Column address -Key a@example.com).active | Should -Be 0
        "$($alias.Status)" | Should -Be 'Disabled'

        $listed = @(Get-IRedAlias -Domain example.com -Disabled -AddressOnly)
        $get = @(Get-EmulatorRequest)[0]
        "$($get.Method) $($get.Path)" | Should -Be 'GET /api/aliases/example.com'
        @($get.FormKeys | Sort-Object) | Should -Be @('disabled_only', 'email_only')
        $listed.Mail | Should -Be @('a@example.com')

        Set-IRedAlias a@example.com -AccountStatus Active
        (Get-EmulatorRow -Table alias -Column address -Key a@example.com).active | Should -Be 1
    }
}

Describe 'Banned rule names of a spam policy' -Tag CurrentOnly {
    It 'replaces them (banned_rulenames, upper case, no duplicates) and an empty array removes them' {
        Reset-TestEmulator -Backend sql -Release current
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest

        $policy = Set-IRedSpamPolicy -Domain example.com -BannedRuleName allow_ms_word, ALLOW_MS_EXCEL, ALLOW_MS_WORD -PassThru
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')[0]
        $put.Path | Should -Be '/api/spampolicy/domain/example.com'
        $put.Form.banned_rulenames | Should -BeExactly 'ALLOW_MS_WORD,ALLOW_MS_EXCEL'
        $put.Undocumented | Should -BeNullOrEmpty
        (Get-EmulatorScalar 'SELECT p.banned_rulenames FROM policy p JOIN users u ON u.policy_id = p.id WHERE u.email = $e' @{ e = '@example.com' }) |
            Should -Be 'ALLOW_MS_WORD,ALLOW_MS_EXCEL'
        $policy.BannedRuleNames | Should -Be @('ALLOW_MS_WORD', 'ALLOW_MS_EXCEL')

        Set-IRedSpamPolicy -Domain example.com -BannedRuleName @() -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
        $policy = Set-IRedSpamPolicy -Domain example.com -BannedRuleNames @() -PassThru
        @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')[0].Form.banned_rulenames | Should -BeExactly ''
        $policy.BannedRuleNames | Should -BeNullOrEmpty

        $err = $null
        Set-IRedSpamPolicy -Domain example.com -BannedRuleName 'ALLOW MS' @collect
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'INVALID_BAN_RULE_NAME,*'
        $err[0].TargetObject | Should -Be 'ALLOW MS'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}

Describe 'Archive on delete of an LDAP mailing list' -Tag CurrentOnly {
    It 'sends archive=yes with -KeepArchive and no archive parameter without it' {
        Reset-TestEmulator -Backend ldap -Release current
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedMailingList l1@example.com
        New-IRedMailingList l2@example.com
        Clear-EmulatorRequest

        Remove-IRedMailingList l1@example.com -KeepArchive -Confirm:$false
        Remove-IRedMailingList l2@example.com -Confirm:$false
        $deletes = @(Get-EmulatorRequest | Where-Object Method -EQ 'DELETE')
        $deletes[0].Path | Should -Be '/api/maillist/l1@example.com'
        $deletes[0].Query | Should -BeExactly 'archive=yes'
        $deletes[0].Undocumented | Should -BeNullOrEmpty
        $deletes[1].Query | Should -BeNullOrEmpty
        Get-EmulatorCount ldap_maillists | Should -Be 0
    }
}

Describe 'Domain names only' -Tag CurrentOnly {
    It 'lists names only (name_only), also of disabled domains (disabled_only)' {
        Reset-TestEmulator -Backend sql -Release current
        Connect-TestEmulator
        New-IRedDomain a.example
        New-IRedDomain b.example
        Set-IRedDomain b.example -Status Disabled
        Clear-EmulatorRequest

        $names = @(Get-IRedDomain -NameOnly)
        $disabled = @(Get-IRedDomain -NameOnly -Disabled)
        $requests = @(Get-EmulatorRequest)
        $requests[0].FormKeys | Should -Be @('name_only')
        @($requests[1].FormKeys | Sort-Object) | Should -Be @('disabled_only', 'name_only')
        $names.Domain | Should -Contain 'a.example'
        $names.Domain | Should -Contain 'b.example'
        $names[0].Description | Should -BeNullOrEmpty
        $disabled.Domain | Should -Be @('b.example')
    }
}

Describe 'Get-IRedDomainAdmin' -Tag CurrentOnly {
    It 'lists the admins of a domain (GET /api/domain/admins/<domain>); the output pipes into Remove-IRedDomainAdmin' {
        Reset-TestEmulator -Backend sql -Release current
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser a@example.com -Password $pw
        New-IRedUser b@example.com -Password $pw
        Add-IRedDomainAdmin -Domain example.com -Admin a@example.com, b@example.com
        Clear-EmulatorRequest

        $admins = @('example.com' | Get-IRedDomainAdmin)
        $get = @(Get-EmulatorRequest)
        @($get | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('GET /api/domain/admins/example.com')
        $admins.Mail | Should -Be @('a@example.com', 'b@example.com')
        $admins[0].Domain | Should -Be 'example.com'
        $admins[0].GetType().Name | Should -Be 'IRedAdminAssignment'

        $admins | Where-Object Mail -EQ 'a@example.com' | Remove-IRedDomainAdmin -Confirm:$false
        Get-EmulatorCount domain_admins 'domain = $d' @{ d = 'example.com' } | Should -Be 1
        @(Get-IRedDomainAdmin example.com).Mail | Should -Be @('b@example.com')
    }

    It 'reports a missing domain as not found and an older server as lacking the call' {
        Reset-TestEmulator -Backend sql -Release current
        Connect-TestEmulator
        $err = $null
        Get-IRedDomainAdmin missing.example @collect
        $err | Should -HaveCount 1
        $err[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ObjectNotFound)
        $err[0].TargetObject | Should -Be 'missing.example'

        Reset-TestEmulator -Backend sql -Release legacy
        try {
            Connect-TestEmulator
            New-IRedDomain example.com
            $err = $null
            Get-IRedDomainAdmin example.com @collect
            $err | Should -HaveCount 1
            $err[0].FullyQualifiedErrorId | Should -BeLike 'DOMAIN_ADMIN_LISTING_NOT_SUPPORTED,*'
            "$($err[0])" | Should -Match 'later releases'
        }
        finally { Reset-TestEmulator -Release current }
    }
}
