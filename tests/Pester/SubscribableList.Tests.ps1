# Get-/New-/Set-/Remove-IRedSubscribableList over /api/ml/<mail> and /api/mls/<domain>, on both backends.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
    # An unexpected error fails the test; expected ones are collected with -ErrorVariable (-ErrorAction SilentlyContinue).
    $PSDefaultParameterValues = @{ '*-IRed*:ErrorAction' = 'Stop' }
    $collect = @{ ErrorVariable = '+err'; ErrorAction = 'SilentlyContinue' }

    function Get-SubscriberCount([string] $List) { Get-EmulatorCount mlmmj_subscribers 'address = $a' @{ a = $List } }
}
AfterAll { Stop-TestEmulator }

Describe 'Subscribable list lifecycle' -Tag CurrentOnly {
    It 'creates, reads, changes and removes a list on <Backend>' -ForEach @(
        @{ Backend = 'sql' }
        @{ Backend = 'ldap' }
    ) {
        Reset-TestEmulator -Backend $Backend
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest

        $created = @(New-IRedSubscribableList news@example.com -Name 'News' -AccessPolicy MembersOnly -MaxMailSizeBytes 1MB `
                -IsNewsletter $true -DisableArchive $true -FooterText 'Bye' -Owner o@example.com -Moderator m@example.com `
                -Member a@x.com, b@x.com -RequireConfirmation $false -PassThru)
        $requests = @(Get-EmulatorRequest)
        $post = $requests[0]
        "$($post.Method) $($post.Path)" | Should -Be 'POST /api/ml/news@example.com'
        # require_confirm=no subscribes at once (by default the server mails a confirmation first and lists them only then).
        $post.FormKeys | Should -Be @('name', 'accessPolicy', 'is_newsletter', 'disable_archive', 'footer_text', 'owner', 'moderators', 'require_confirm', 'subscribers')
        $post.Form.require_confirm | Should -Be 'no'
        $post.Form.accessPolicy | Should -Be 'membersonly'
        $post.Form.is_newsletter | Should -Be 'yes'
        $post.Form.subscribers | Should -Be 'a@x.com,b@x.com'
        # The size goes in a PUT of its own: servers read max_message_size (bytes) on PUT only.
        "$($requests[1].Method) $($requests[1].Path)" | Should -Be 'PUT /api/ml/news@example.com'
        $requests[1].FormKeys | Should -Be @('accountStatus', 'max_message_size')
        $requests[1].Form.max_message_size | Should -Be '1048576'
        "$($requests[2].Method) $($requests[2].Path)" | Should -Be 'GET /api/ml/news@example.com'
        $requests | Should -HaveCount 3

        $row = Get-EmulatorRow -Table maillists -Column address -Key news@example.com
        $row.accesspolicy | Should -Be 'membersonly'
        $row.maxmsgsize | Should -Be 1048576
        Get-SubscriberCount news@example.com | Should -Be 2

        $created | Should -HaveCount 1
        $list = $created[0]
        $list.GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedSubscribableList'
        $list.Mail | Should -Be 'news@example.com'
        $list.Domain | Should -Be 'example.com'
        $list.Name | Should -Be 'News'
        "$($list.AccessPolicy)" | Should -Be 'MembersOnly'
        $list.MaxMailSizeBytes | Should -BeOfType [long]
        $list.MaxMailSizeBytes | Should -Be 1048576
        $list.IsNewsletter | Should -BeTrue
        $list.DisableArchive | Should -BeTrue
        $list.OnlySubscriberCanPost | Should -BeTrue
        $list.FooterText | Should -Be 'Bye'
        $list.Owners | Should -Be @('o@example.com')
        $list.Moderators | Should -Be @('m@example.com')
        $list.Members | Should -Be @('a@x.com', 'b@x.com')

        # The object from Get binds to Set by its Mail property.
        Get-IRedSubscribableList news@example.com | Set-IRedSubscribableList -AddMember c@x.com -RemoveMember a@x.com -Status Disabled -OnlyModeratorCanPost $true
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')
        $put | Should -HaveCount 1
        $put[0].Path | Should -Be '/api/ml/news@example.com'
        $put[0].FormKeys | Should -Be @('accountStatus', 'only_moderator_can_post', 'add_subscribers', 'remove_subscribers')
        $put[0].Form.accountStatus | Should -Be 'disabled'
        $put[0].Form.only_moderator_can_post | Should -Be 'yes'
        (Get-EmulatorRow -Table maillists -Column address -Key news@example.com).active | Should -Be 0
        @(Invoke-EmulatorQuery 'SELECT subscriber FROM mlmmj_subscribers WHERE address = $a ORDER BY 1' @{ a = 'news@example.com' } |
            ForEach-Object { $_.subscriber }) | Should -Be @('b@x.com', 'c@x.com')

        New-IRedSubscribableList team@example.com
        Clear-EmulatorRequest
        $listed = @(Get-IRedSubscribableList -Domain example.com)
        $listed.Mail | Should -Be @('news@example.com', 'team@example.com')
        @(Get-EmulatorRequest | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('GET /api/mls/example.com')
        $matched = @(Get-IRedSubscribableList 'te*@example.com')
        $matched | Should -HaveCount 1
        $matched[0].Mail | Should -Be 'team@example.com'
        Clear-EmulatorRequest

        $removed = @(Get-IRedSubscribableList -Domain example.com | Remove-IRedSubscribableList -Confirm:$false -PassThru)
        $removed | Should -Be @('news@example.com', 'team@example.com')
        $removed | ForEach-Object { $_ | Should -BeOfType [string] }
        @(Get-EmulatorRequest | Where-Object { $_.Method -eq 'DELETE' -and $_.Path -like '/api/ml/*' }) | Should -HaveCount 2
        Get-EmulatorCount maillists | Should -Be 0
        Get-SubscriberCount news@example.com | Should -Be 0
    }
}

Describe 'Subscribable list cmdlets on SQL' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator -Backend sql
        Connect-TestEmulator
        New-IRedDomain example.com
    }

    It 'send nothing under -WhatIf' {
        New-IRedSubscribableList news@example.com -Name News
        Clear-EmulatorRequest

        New-IRedSubscribableList other@example.com -WhatIf
        Set-IRedSubscribableList news@example.com -Name Changed -WhatIf
        Remove-IRedSubscribableList news@example.com -WhatIf

        Get-EmulatorRequest | Should -BeNullOrEmpty
        (Get-EmulatorRow -Table maillists -Column address -Key news@example.com).name | Should -Be 'News'
        Get-EmulatorRow -Table maillists -Column address -Key other@example.com | Should -BeNullOrEmpty
    }

    It 'send nothing on bad input or conflicts, and report server errors per item' {
        New-IRedSubscribableList news@example.com
        Clear-EmulatorRequest

        { Set-IRedSubscribableList news@example.com -Member a@x.com -AddMember b@x.com -ErrorAction SilentlyContinue } |
            Should -Throw -ErrorId 'PARAMETER_CONFLICT,*'

        $err = $null
        New-IRedSubscribableList 'not-a-list' @collect
        Set-IRedSubscribableList news@example.com -AddMember 'nobody' @collect
        $err | Should -HaveCount 2
        foreach ($e in $err) { $e.CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidArgument) }
        $err[0].FullyQualifiedErrorId | Should -BeLike 'INVALID_MAIL,*'
        $err[0].TargetObject | Should -Be 'not-a-list'
        $err[1].TargetObject | Should -Be 'nobody'
        Get-EmulatorRequest | Should -BeNullOrEmpty

        $err = $null
        $out = @(
            'news@example.com', 'missing@example.com' | Get-IRedSubscribableList @collect
            New-IRedSubscribableList news@example.com @collect
        )
        $out | Should -HaveCount 1
        $out[0].Mail | Should -Be 'news@example.com'
        $err | Should -HaveCount 2
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NO_SUCH_ACCOUNT,*'
        $err[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ObjectNotFound)
        $err[1].FullyQualifiedErrorId | Should -BeLike 'ALREADY_EXISTS,*'
    }
}
