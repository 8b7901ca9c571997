# An empty CSV cell means "not given": Import-Csv binds it as "", which must not reach the wire as 0 (quota 0 = unlimited),
# as an empty name, or as a conversion error.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null

    function Write-TestCsv([string] $Text) {
        $path = Join-Path $TestDrive ("rows-$([guid]::NewGuid()).csv")
        Set-Content -Path $path -Value $Text
        $path
    }
    function Get-Post { @(Get-EmulatorRequest | Where-Object Method -EQ 'POST') }
}
AfterAll { Stop-TestEmulator }

Describe 'Blank CSV cells' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com -DefaultUserQuota 300
        Clear-EmulatorRequest
    }

    It 'New-IRedUser leaves out a blank Quota, Name and Language, and the user gets the domain''s default quota' {
        $csv = Write-TestCsv "Mail,Name,Quota,Language,Password`nblank@example.com,,,,Blank-Passw0rd!`nfull@example.com,Full,512,de_DE,Full-Passw0rd!"
        Import-Csv $csv | New-IRedUser -ErrorVariable err

        $err | Should -BeNullOrEmpty
        $post = Get-Post
        $post.Path | Should -Be @('/api/user/blank@example.com', '/api/user/full@example.com')
        $post[0].FormKeys | Should -Be @('password')
        $post[1].FormKeys | Should -Contain 'quota'
        $post[1].Form.quota | Should -Be '512'
        $post[1].Form.name | Should -Be 'Full'
        $post[1].Form.language | Should -Be 'de_DE'
        (Get-EmulatorRow -Table mailbox -Column username -Key blank@example.com).quota | Should -Be 300
        (Get-EmulatorRow -Table mailbox -Column username -Key full@example.com).quota | Should -Be 512
    }

    It 'New-IRedUser still refuses a filled cell out of range, naming it, and sends nothing for that row' {
        $csv = Write-TestCsv "Mail,Quota,Password`nbad@example.com,-1,Bad-Passw0rd!`nok@example.com,,Okay-Passw0rd!"
        Import-Csv $csv | New-IRedUser -ErrorVariable err -ErrorAction SilentlyContinue

        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
        "$err" | Should -BeLike '*-1*'
        (Get-Post).Path | Should -Be @('/api/user/ok@example.com')
        Test-EmulatorAccount -Kind User bad@example.com | Should -BeFalse
    }

    It 'New-IRedDomain leaves out blank quotas, limits and texts' {
        $csv = Write-TestCsv "Domain,Description,Quota,MaxUsers,DefaultUserQuota,Language`nblank.example,,,,,`nfull.example,Full,2048,10,100,en_US"
        Import-Csv $csv | New-IRedDomain -ErrorVariable err

        $err | Should -BeNullOrEmpty
        $post = Get-Post
        $post.Path | Should -Be @('/api/domain/blank.example', '/api/domain/full.example')
        $post[0].FormKeys | Should -BeNullOrEmpty
        $post[1].FormKeys | Should -Be @('name', 'quota', 'language', 'defaultQuota', 'numberOfUsers')
        $post[1].Form.quota | Should -Be '2048'
        $post[1].Form.numberOfUsers | Should -Be '10'
        (Get-EmulatorRow -Table domain -Column domain -Key blank.example).maxquota | Should -Be 0
        (Get-EmulatorRow -Table domain -Column domain -Key full.example).maxquota | Should -Be 2048
    }

    It 'New-IRedAdmin leaves out blank limits and status, and blank limits do not conflict with -GlobalAdmin' {
        $pw = Get-TestPassword
        $csv = Write-TestCsv "Mail,Name,Status,MaxDomains,MaxQuota,MaxUsers`nblank@example.net,,,,,`nfull@example.net,Full,Disabled,3,10GB,50"
        Import-Csv $csv | New-IRedAdmin -Password $pw -ErrorVariable err

        $err | Should -BeNullOrEmpty
        $post = Get-Post
        $post.Path | Should -Be @('/api/admin/blank@example.net', '/api/admin/full@example.net')
        $post[0].FormKeys | Should -Be @('password')
        $post[1].FormKeys | Should -Be @('name', 'password', 'accountStatus', 'maxDomains', 'maxQuota', 'quotaUnit', 'maxUsers')
        $post[1].Form.maxQuota | Should -Be '10'
        $post[1].Form.quotaUnit | Should -Be 'GB'
        (Get-EmulatorRow -Table admin -Column username -Key full@example.net).settings | Should -Match 'create_max_domains:3\b'

        Clear-EmulatorRequest
        $global = Write-TestCsv "Mail,MaxDomains,MaxQuota`nroot@example.net,,"
        Import-Csv $global | New-IRedAdmin -Password $pw -GlobalAdmin -ErrorVariable err
        $err | Should -BeNullOrEmpty
        $post = Get-Post
        $post.Path | Should -Be @('/api/admin/root@example.net')
        $post[0].FormKeys | Should -Be @('password', 'isGlobalAdmin')
    }

    It 'New-IRedAlias leaves out a blank AccessPolicy and Name' {
        $csv = Write-TestCsv "Mail,Name,AccessPolicy`nteam@example.com,,`nsales@example.com,Sales,domain"
        Import-Csv $csv | New-IRedAlias -ErrorVariable err

        $err | Should -BeNullOrEmpty
        $post = Get-Post
        $post.Path | Should -Be @('/api/alias/team@example.com', '/api/alias/sales@example.com')
        $post[0].FormKeys | Should -BeNullOrEmpty
        $post[1].FormKeys | Should -Be @('name', 'accessPolicy')
        $post[1].Form.accessPolicy | Should -Be 'domain'
    }
}
