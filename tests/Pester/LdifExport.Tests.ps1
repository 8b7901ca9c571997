# Export-IRedLdif: every kind's path, text and file output (append, -Force, -PerObject), pipeline dispatch, errors.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator -Backend ldap | Out-Null

    # A small RFC 2849 reader of its own (unfolding, base64 values), so the export is checked by something other
    # than the emulator's code: entries with Dn and Attributes (Name, Value) in file order.
    function ConvertFrom-Ldif([Parameter(Mandatory)] [AllowEmptyString()] [string] $Text) {
        $logical = [System.Collections.Generic.List[object]]::new()
        foreach ($raw in $Text -replace "`r`n", "`n" -split "`n") {
            if ($raw.StartsWith(' ') -and $logical.Count -gt 0 -and $null -ne $logical[-1]) { $logical[-1] += $raw.Substring(1) }
            elseif ($raw.Length -eq 0) { $logical.Add($null) }
            elseif (-not $raw.StartsWith('#')) { $logical.Add($raw) }
        }
        $logical.Add($null)
        $dn = $null; $attributes = [System.Collections.Generic.List[object]]::new()
        foreach ($line in $logical) {
            if ($null -eq $line) {
                if ($null -ne $dn) { [pscustomobject]@{ Dn = $dn; Attributes = $attributes.ToArray() } }
                $dn = $null; $attributes.Clear()
                continue
            }
            $name, $value = $line -split ':', 2
            if ($value.StartsWith(':')) { $value = [System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($value.Substring(1).Trim())) }
            else { $value = $value.TrimStart(' ') }
            if ($name -eq 'version' -and $null -eq $dn) { continue }
            if ($name -eq 'dn') { $dn = $value } else { $attributes.Add([pscustomobject]@{ Name = $name; Value = $value }) }
        }
    }

    function Get-LdifValue($Entry, [string] $Name) { ($Entry.Attributes | Where-Object Name -EQ $Name).Value }
}
AfterAll { Stop-TestEmulator }

Describe 'Export-IRedLdif on an LDAP backend' {
    BeforeEach {
        Reset-TestEmulator -Backend ldap
        Connect-TestEmulator
        $pw = Get-TestPassword
        New-IRedDomain example.com -Description 'Example'
        New-IRedUser a@example.com -Password $pw -Name 'Zoë A'
        New-IRedUser b@example.com -Password $pw
        Set-IRedDomain example.com -CatchAll a@example.com
        New-IRedAlias team@example.com -Member a@example.com
        New-IRedMailingList list@example.com -Member ext@example.org
        Invoke-EmulatorSql "INSERT INTO admin (username, password, name) VALUES ('boss@example.net', 'x', 'Boss')" | Out-Null
        Clear-EmulatorRequest
        $dir = Join-Path $TestDrive ([guid]::NewGuid())
        New-Item -ItemType Directory -Path $dir | Out-Null
    }

    It 'sends each kind to its path and returns the LDIF text' {
        $ldif = @(
            Export-IRedLdif -Domain example.com
            Export-IRedLdif -CatchAll example.com
            Export-IRedLdif -Admin boss@example.net
            Export-IRedLdif -User A@Example.com
            Export-IRedLdif -MailingList list@example.com
            Export-IRedLdif -Alias team@example.com
        )

        (Get-EmulatorRequest).Path | Should -Be @(
            '/api/ldif/domain/example.com', '/api/ldif/catchall/example.com', '/api/ldif/admin/boss@example.net',
            '/api/ldif/user/a@example.com', '/api/ldif/maillist/list@example.com', '/api/ldif/alias/team@example.com')
        $ldif | Should -HaveCount 6
        foreach ($text in $ldif) { $text | Should -BeOfType [string] }
        $dns = foreach ($text in $ldif) {
            $entries = @(ConvertFrom-Ldif $text)
            $entries | Should -HaveCount 1
            $entries[0].Dn
        }
        $dns | Should -Be @(
            'domainName=example.com,o=domains,dc=example,dc=com'
            'mail=@example.com,domainName=example.com,o=domains,dc=example,dc=com'
            'mail=boss@example.net,o=domainAdmins,dc=example,dc=com'
            'mail=a@example.com,ou=Users,domainName=example.com,o=domains,dc=example,dc=com'
            'mail=list@example.com,ou=Groups,domainName=example.com,o=domains,dc=example,dc=com'
            'mail=team@example.com,ou=Aliases,domainName=example.com,o=domains,dc=example,dc=com'
        )
        Get-LdifValue (ConvertFrom-Ldif $ldif[3]) cn | Should -Be 'Zoë A'
    }

    It 'appends pipeline objects to one file and -Force starts it afresh' {
        # A relative path resolves against the PowerShell location, not the process's working directory.
        Push-Location $dir
        # Users read one by one (a domain's listing came with later releases), so this holds on every release.
        try { $file = 'a@example.com', 'b@example.com' | Get-IRedUser | Export-IRedLdif -Path users.ldif -PassThru }
        finally { Pop-Location }

        $path = Join-Path $dir 'users.ldif'
        $file | Should -HaveCount 1
        $file | Should -BeOfType [System.IO.FileInfo]
        $file.FullName | Should -Be $path
        (Get-EmulatorRequest | Where-Object Path -Like '/api/ldif/*').Path | Should -Be @('/api/ldif/user/a@example.com', '/api/ldif/user/b@example.com')
        $bytes = [System.IO.File]::ReadAllBytes($path)
        $bytes[0..2] | Should -Not -Be @(0xEF, 0xBB, 0xBF) -Because 'the file has no BOM'
        $text = [System.Text.Encoding]::UTF8.GetString($bytes)
        $text | Should -BeLike 'dn: mail=a@example.com,ou=Users,*'
        $text.Contains("`n`ndn: mail=b@example.com,ou=Users,") | Should -BeTrue
        $text.Contains("`n`n`n") | Should -BeFalse
        (ConvertFrom-Ldif $text | ForEach-Object { Get-LdifValue $_ mail }) | Should -Be @('a@example.com', 'b@example.com')

        # Default: append (a second run adds its entries after a blank line).
        Get-IRedDomain example.com | Export-IRedLdif -Path $path
        $entries = @(ConvertFrom-Ldif (Get-Content -Raw $path))
        $entries | Should -HaveCount 3
        $entries[2].Dn | Should -Be 'domainName=example.com,o=domains,dc=example,dc=com'

        # -Force: emptied once, then this run's entries appended to each other.
        Get-IRedAlias team@example.com, team@example.com | Export-IRedLdif -Path $path -Force
        (ConvertFrom-Ldif (Get-Content -Raw $path) | ForEach-Object { Get-LdifValue $_ mail }) | Should -Be @('team@example.com', 'team@example.com')
    }

    It '-PerObject writes one file per entry and keeps an existing file without -Force' {
        $out = Join-Path $dir 'export'
        $files = @(Get-IRedMailingList list@example.com) + @(Get-IRedAlias team@example.com) | Export-IRedLdif -Path $out -PerObject -PassThru

        $files.Name | Should -Be @('maillist-list@example.com.ldif', 'alias-team@example.com.ldif')
        $list = @(ConvertFrom-Ldif (Get-Content -Raw (Join-Path $out 'maillist-list@example.com.ldif')))
        $list | Should -HaveCount 1
        Get-LdifValue $list[0] mailForwardingAddress | Should -Be 'ext@example.org'

        $alias = Join-Path $out 'alias-team@example.com.ldif'
        Set-Content -Path $alias -Value 'keep me' -NoNewline
        Clear-EmulatorRequest
        $err = $null
        Export-IRedLdif -Alias team@example.com -Path $out -PerObject -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'LDIF_FILE_EXISTS,*'
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        Get-Content -Raw $alias | Should -Be 'keep me'
        Get-EmulatorRequest | Should -BeNullOrEmpty

        Export-IRedLdif -Alias team@example.com -Path $out -PerObject -Force
        Get-Content -Raw $alias | Should -BeLike 'dn: mail=team@example.com*'
    }

    It '-WhatIf with a path sends nothing and writes nothing' {
        Export-IRedLdif -User a@example.com -Path (Join-Path $dir 'a.ldif') -WhatIf
        Get-IRedDomain example.com | Export-IRedLdif -Path (Join-Path $dir 'per') -PerObject -WhatIf

        Get-EmulatorRequest | Where-Object Path -Like '/api/ldif/*' | Should -BeNullOrEmpty
        Join-Path $dir 'a.ldif' | Should -Not -Exist
        Join-Path $dir 'per' | Should -Not -Exist
    }

    It 'reports errors per item, specifically, and sends nothing for bad input' {
        $err = $null
        $ldif = @(
            Export-IRedLdif -User a@example.com, none@example.com -ErrorVariable +err -ErrorAction SilentlyContinue
            'a@example.com', 42 | Export-IRedLdif -ErrorVariable +err -ErrorAction SilentlyContinue
            Export-IRedLdif -Domain 'bad_domain!' -ErrorVariable +err -ErrorAction SilentlyContinue
        )

        $ldif | Should -HaveCount 1
        $err | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] } |
            Should -Be @('NO_SUCH_ACCOUNT', 'UNSUPPORTED_LDIF_INPUT', 'UNSUPPORTED_LDIF_INPUT', 'INVALID_DOMAIN_NAME')
        $err[0].TargetObject | Should -Be 'none@example.com'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[1].TargetObject | Should -Be 'a@example.com'
        $err[1].Exception.Message | Should -BeLike '*-User*'
        $err[1].CategoryInfo.Category | Should -Be 'InvalidArgument'
        (Get-EmulatorRequest).Path | Should -Be @('/api/ldif/user/a@example.com', '/api/ldif/user/none@example.com')

        { Export-IRedLdif -User a@example.com -Path $dir } | Should -Throw -ErrorId 'PATH_IS_FOLDER,*'
        { Export-IRedLdif -User a@example.com -Path (Join-Path $dir 'no/such/x.ldif') } | Should -Throw -ErrorId 'LDIF_FOLDER_NOT_FOUND,*'
        { Export-IRedLdif -User a@example.com -Force } | Should -Throw -ErrorId 'PARAMETER_REQUIRED,*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}

Describe 'Export-IRedLdif on an SQL backend' {
    BeforeEach {
        Reset-TestEmulator -Backend sql
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'is refused before sending' {
        $caught = { Export-IRedLdif -Domain example.com } | Should -Throw -ErrorId 'LDAP_BACKEND_REQUIRED,*' -PassThru
        $caught.Exception.Message | Should -BeLike '*LDIF exports need an LDAP backend*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}
