# The user parameters of current-api.md beyond the older document: password hash, mailbox format/folder/path,
# forwarding add/remove, sender/recipient BCC, phone numbers (LDAP), services added through the whole set, and the
# address-only / disabled-only listing. Each test checks the exact wire form and what the emulator stores.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
    $PSDefaultParameterValues = @{ '*-IRed*:ErrorAction' = 'Stop' }
    $collect = @{ ErrorVariable = '+err'; ErrorAction = 'SilentlyContinue' }
    $pw = Get-TestPassword

    function Get-Mailbox([string] $Mail) { Get-EmulatorRow -Table mailbox -Column username -Key $Mail }
    function Get-Forwarding([string] $Mail) {
        @(Invoke-EmulatorQuery 'SELECT forwarding FROM forwardings WHERE address = $u AND is_forwarding = 1 ORDER BY 1' @{ u = $Mail } | ForEach-Object { $_.forwarding })
    }
    function ConvertTo-SecureText([string] $Text) { ConvertTo-SecureString $Text -AsPlainText -Force }
}
AfterAll { Stop-TestEmulator }

Describe 'User options on SQL' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator -Backend sql -Release current
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'creates a user with a password hash (password_hash, stored as given) and never shows the hash' {
        $hash = '{SSHA512}' + [Convert]::ToBase64String([byte[]](1..72))
        $out = @(New-IRedUser h@example.com -PasswordHash (ConvertTo-SecureText $hash) -PassThru)

        $post = @(Get-EmulatorRequest)[0]
        "$($post.Method) $($post.Path)" | Should -Be 'POST /api/user/h@example.com'
        $post.FormKeys | Should -Be @('password_hash')
        $post.Undocumented | Should -BeNullOrEmpty
        (Get-Mailbox h@example.com).password | Should -BeExactly $hash
        ($out | Out-String) + ($out | ConvertTo-Json -Depth 3) | Should -Not -Match ([regex]::Escape($hash.Substring(9, 20)))
    }

    It 'refuses a malformed hash without sending it or showing it' {
        $err = $null
        New-IRedUser h@example.com -PasswordHash (ConvertTo-SecureText 'not-a-hash-s3cret') @collect
        Set-IRedUser h@example.com -PasswordHash (ConvertTo-SecureText '{SSHA}has space') @collect
        $err | Should -HaveCount 2
        foreach ($e in $err) {
            $e.FullyQualifiedErrorId | Should -BeLike 'INVALID_PASSWORD_HASH,*'
            $e.CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidArgument)
            "$e $($e.TargetObject)" | Should -Not -Match 's3cret|has space'
        }
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'takes -Password or -PasswordHash, never both' {
        New-IRedUser u@example.com -Password $pw
        Clear-EmulatorRequest
        { New-IRedUser v@example.com -Password $pw -PasswordHash (ConvertTo-SecureText '{PLAIN}x') } | Should -Throw -ErrorId 'AmbiguousParameterSet,*'
        { Set-IRedUser u@example.com -Password $pw -PasswordHash (ConvertTo-SecureText '{PLAIN}x') } | Should -Throw -ErrorId 'PARAMETER_CONFLICT,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty

        Set-IRedUser u@example.com -PasswordHash (ConvertTo-SecureText '{PLAIN}Other-Secret1')
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')[0]
        $put.FormKeys | Should -Be @('password_hash')
        (Get-Mailbox u@example.com).password | Should -BeExactly '{PLAIN}Other-Secret1'
    }

    It 'sets the mailbox format, folder and path on create and change (mailboxFormat, mailboxFolder, maildir)' {
        New-IRedUser u@example.com -Password $pw -MailboxFormat MDBOX -MailboxFolder Mail -MailboxPath /var/vmail/vmail1/example.com/U
        $post = @(Get-EmulatorRequest)[0]
        $post.FormKeys | Should -Be @('password', 'mailboxFormat', 'mailboxFolder', 'maildir')
        $post.Form.mailboxFormat | Should -BeExactly 'mdbox'
        $post.Form.mailboxFolder | Should -BeExactly 'Mail'
        $post.Form.maildir | Should -BeExactly '/var/vmail/vmail1/example.com/U'
        $row = Get-Mailbox u@example.com
        $row.mailboxformat | Should -BeExactly 'mdbox'
        $row.mailboxfolder | Should -BeExactly 'Mail'
        $row.maildir | Should -BeExactly '/var/vmail/vmail1/example.com/u'

        $user = Set-IRedUser u@example.com -MailboxFormat maildir -MailboxFolder Maildir -Maildir /srv/mail/u -PassThru
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')[0]
        $put.FormKeys | Should -Be @('mailboxFormat', 'mailboxFolder', 'maildir')
        $user.MailboxFormat | Should -BeExactly 'maildir'
        $user.MailboxFolder | Should -BeExactly 'Maildir'
        $user.MailboxPath | Should -BeExactly '/srv/mail/u'
    }

    It 'refuses a bad format, folder or path before sending' {
        $err = $null
        New-IRedUser u@example.com -Password $pw -MailboxFormat 'mail dir' @collect
        New-IRedUser u@example.com -Password $pw -MailboxFolder 'a/b' @collect
        New-IRedUser u@example.com -Password $pw -MailboxPath 'relative/path' @collect
        @($err | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] }) | Should -Be @('INVALID_MAILBOX_FORMAT', 'INVALID_MAILBOX_FOLDER', 'INVALID_MAILBOX_PATH')
        @($err | ForEach-Object TargetObject) | Should -Be @('mail dir', 'a/b', 'relative/path')
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'adds and removes forwarding addresses (addForwarding, removeForwarding) without replacing the others' {
        New-IRedUser u@example.com -Password $pw
        Set-IRedUser u@example.com -Forwarding u@example.com, a@example.net
        Clear-EmulatorRequest

        Set-IRedUser u@example.com -AddForwarding b@example.net, c@example.net -RemoveForwarding a@example.net
        $wire = @(Get-EmulatorRequest)
        @($wire | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('GET /api/user/u@example.com', 'PUT /api/user/u@example.com')
        $put = $wire[1]
        $put.FormKeys | Should -Be @('addForwarding', 'removeForwarding')
        $put.Form.addForwarding | Should -BeExactly 'b@example.net,c@example.net'
        $put.Form.removeForwarding | Should -BeExactly 'a@example.net'
        Get-Forwarding u@example.com | Should -Be @('b@example.net', 'c@example.net', 'u@example.com')

        { Set-IRedUser u@example.com -Forwarding x@example.net -AddForwarding y@example.net } | Should -Throw -ErrorId 'PARAMETER_CONFLICT,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'sets and removes the sender and recipient BCC (senderBcc, recipientBcc; empty removes)' {
        New-IRedUser u@example.com -Password $pw
        Clear-EmulatorRequest
        $user = Set-IRedUser u@example.com -SenderBcc Audit@Example.com -RecipientBcc in@example.net -PassThru
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')[0]
        $put.FormKeys | Should -Be @('senderBcc', 'recipientBcc')
        $put.Form.senderBcc | Should -BeExactly 'audit@example.com'
        (Get-EmulatorRow -Table sender_bcc_user -Column username -Key u@example.com).bcc_address | Should -Be 'audit@example.com'
        (Get-EmulatorRow -Table recipient_bcc_user -Column username -Key u@example.com).bcc_address | Should -Be 'in@example.net'
        $user.SenderBcc | Should -Be @('audit@example.com')
        $user.RecipientBcc | Should -Be @('in@example.net')

        Set-IRedUser u@example.com -SenderBcc ''
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')[0]
        $put.FormKeys | Should -Be @('senderBcc')
        $put.Form.senderBcc | Should -BeExactly ''
        Get-EmulatorRow -Table sender_bcc_user -Column username -Key u@example.com | Should -BeNullOrEmpty
        Get-EmulatorRow -Table recipient_bcc_user -Column username -Key u@example.com | Should -Not -BeNullOrEmpty
    }

    It 'adds a service by sending the whole set (services), since later servers ignore addService' {
        New-IRedUser u@example.com -Password $pw
        Set-IRedUser u@example.com -Service smtp, imap
        Clear-EmulatorRequest

        Set-IRedUser u@example.com -AddService pop3 -RemoveService imap
        $requests = @(Get-EmulatorRequest)
        @($requests | ForEach-Object { "$($_.Method) $($_.Path)" }) | Should -Be @('GET /api/user/u@example.com', 'PUT /api/user/u@example.com')
        $requests[1].FormKeys | Should -Be @('services')
        @($requests[1].Form.services -split ',') | Should -Contain 'pop3'
        @($requests[1].Form.services -split ',') | Should -Contain 'smtp'
        @($requests[1].Form.services -split ',') | Should -Not -Contain 'imap'
        $row = Get-Mailbox u@example.com
        $row.enablepop3 | Should -Be 1
        $row.enablesmtp | Should -Be 1
        $row.enableimap | Should -Be 0
    }

    It 'refuses phone numbers on SQL before sending anything' {
        New-IRedUser u@example.com -Password $pw
        Clear-EmulatorRequest
        { Set-IRedUser u@example.com -TelephoneNumber 123 } | Should -Throw -ErrorId 'LDAP_BACKEND_REQUIRED,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'lists addresses only and disabled users only (email_only, disabled_only)' {
        New-IRedUser a@example.com -Password $pw
        New-IRedUser b@example.com -Password $pw
        Set-IRedUser b@example.com -Status Disabled
        Clear-EmulatorRequest

        $all = @(Get-IRedUser -Domain example.com -AddressOnly)
        $disabled = @(Get-IRedUser -Domain example.com -Disabled -EmailOnly)
        $requests = @(Get-EmulatorRequest)
        $requests[0].FormKeys | Should -Be @('email_only')
        @($requests[1].FormKeys | Sort-Object) | Should -Be @('disabled_only', 'email_only')
        $all.Mail | Should -Be @('a@example.com', 'b@example.com')
        $all[0].Name | Should -BeNullOrEmpty
        $disabled.Mail | Should -Be @('b@example.com')
        $disabled[0].Domain | Should -Be 'example.com'

        @(Get-IRedUser -Domain example.com -Disabled).Mail | Should -Be @('b@example.com')
        @(Get-EmulatorRequest)[0].FormKeys | Should -Be @('disabled_only')
    }
}

Describe 'User phone numbers on LDAP' -Tag CurrentOnly {
    It 'replaces and clears telephone and mobile numbers (telephoneNumber, mobile)' {
        Reset-TestEmulator -Backend ldap -Release current
        Connect-TestEmulator
        New-IRedDomain example.com
        New-IRedUser u@example.com -Password $pw
        Clear-EmulatorRequest

        $user = Set-IRedUser u@example.com -TelephoneNumber '+49 30 1234', '5678' -Mobile '+49 170 99' -PassThru
        $put = @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')[0]
        $put.FormKeys | Should -Be @('telephoneNumber', 'mobile')
        $put.Form.telephoneNumber | Should -BeExactly '+49 30 1234,5678'
        $put.Undocumented | Should -BeNullOrEmpty
        $user.TelephoneNumbers | Should -Be @('+49 30 1234', '5678')
        $user.MobileNumbers | Should -Be @('+49 170 99')

        $user = Set-IRedUser u@example.com -TelephoneNumber @() -PassThru
        @(Get-EmulatorRequest | Where-Object Method -EQ 'PUT')[0].Form.telephoneNumber | Should -BeExactly ''
        $user.TelephoneNumbers | Should -BeNullOrEmpty
        $user.MobileNumbers | Should -Be @('+49 170 99')

        $err = $null
        Set-IRedUser u@example.com -TelephoneNumber '12,34' @collect
        Set-IRedUser u@example.com -Mobile 'call me' @collect
        @($err | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] }) | Should -Be @('COMMA_IN_LIST_MEMBER', 'INVALID_PHONE_NUMBER')
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}
