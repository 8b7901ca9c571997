BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    . $PSScriptRoot/TestHelpers/StreamText.ps1
    Import-TestModule
    Start-TestEmulator | Out-Null

    function Write-TestCsv([string] $Text) {
        $path = Join-Path $TestDrive ("rows-$([guid]::NewGuid()).csv")
        Set-Content -Path $path -Value $Text
        $path
    }
    function Secure([string] $Text) { ConvertTo-SecureString $Text -AsPlainText -Force }
    function Get-Wire { @(Get-EmulatorRequest) | ForEach-Object { "$($_.Method) $($_.Path) $($_.FormKeys -join ',')".TrimEnd() } }
}
AfterAll { Stop-TestEmulator }

Describe 'A plain-text Password column' {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
        New-IRedDomain example.com
        Clear-EmulatorRequest
    }

    It 'binds to New-IRedUser -Password, one password per row, with no prompt' {
        $csv = Write-TestCsv @'
Mail,Name,Password
alice@example.com,Alice,Alice-Passw0rd!
bob@example.com,Bob,Bob-Passw0rd!
'@
        Import-Csv $csv | New-IRedUser -ErrorVariable err

        $err | Should -BeNullOrEmpty
        Get-Wire | Should -Be @('POST /api/user/alice@example.com name,password', 'POST /api/user/bob@example.com name,password')
        Test-IRedUserPassword alice@example.com -Password (Secure 'Alice-Passw0rd!') | Should -BeTrue
        Test-IRedUserPassword bob@example.com -Password (Secure 'Bob-Passw0rd!') | Should -BeTrue
        Test-IRedUserPassword bob@example.com -Password (Secure 'Alice-Passw0rd!') | Should -BeFalse
    }

    It '-Password on the command line wins over the column' {
        $csv = Write-TestCsv "Mail,Password`nalice@example.com,Column-Passw0rd!"
        Import-Csv $csv | New-IRedUser -Password (Get-TestPassword)
        Test-IRedUserPassword alice@example.com -Password (Get-TestPassword) | Should -BeTrue
    }

    It 'a row with an empty cell, or a file without the column, fails per row and prompts for nothing' {
        $csv = Write-TestCsv "Mail,Name,Password`na@example.com,A,`nb@example.com,B,Bee-Passw0rd!"
        $none = Write-TestCsv "Mail,Name`nc@example.com,C"
        $run = Invoke-TestPwsh -Interactive -Script @"
Import-Module '$(Get-TestModulePath)'
Connect-IRedAdmin -Uri '$((Get-TestEmulator).BaseUri)' -Credential ([pscredential]::new('$((Get-TestEmulator).AdminEmail)', (ConvertTo-SecureString '$((Get-TestEmulator).AdminPassword)' -AsPlainText -Force)))
Import-Csv '$csv' | New-IRedUser -ErrorVariable e1 -ErrorAction SilentlyContinue
Import-Csv '$none' | New-IRedUser -ErrorVariable e2 -ErrorAction SilentlyContinue
(@(`$e1) + @(`$e2)) | ForEach-Object { 'ERR ' + `$_.FullyQualifiedErrorId.Split(',')[0] }
"@
        $run.ExitCode | Should -Be 0
        $run.Output | Should -Be @('ERR ParameterArgumentValidationError', 'ERR InputObjectMissingMandatory')
        "$($run.Output) $($run.Error)" | Should -Not -BeLike '*Supply values*'
        # GETs left out: on older servers the new connection probes the release and backend.
        @(Get-Wire | Where-Object { $_ -notlike 'GET *' }) | Should -Be @('POST /api/user/b@example.com name,password')
    }

    It 'binds to Set-IRedUser -Password: a filled cell resets, an empty one leaves the password' {
        New-IRedUser a@example.com -Password (Get-TestPassword)
        New-IRedUser b@example.com -Password (Get-TestPassword)
        Clear-EmulatorRequest
        $csv = Write-TestCsv "Mail,Password`na@example.com,New-Passw0rd-A!`nb@example.com,"

        Import-Csv $csv | Set-IRedUser -ErrorVariable err

        $err | Should -BeNullOrEmpty
        $wire = @(Get-EmulatorRequest)
        # Each row's user is looked up before its PUT (later servers answer success to a PUT of a missing user).
        "$($wire[0].Method) $($wire[0].Path)" | Should -Be 'GET /api/user/a@example.com'
        "$($wire[1].Method) $($wire[1].Path) $($wire[1].FormKeys)" | Should -Be 'PUT /api/user/a@example.com password'
        $wire | Where-Object { $_.Path -eq '/api/user/b@example.com' -and $_.FormKeys -contains 'password' } | Should -BeNullOrEmpty
        Test-IRedUserPassword a@example.com -Password (Secure 'New-Passw0rd-A!') | Should -BeTrue
        Test-IRedUserPassword b@example.com -Password (Get-TestPassword) | Should -BeTrue
    }

    It 'a number or a PSCredential binds as the password it holds; anything else is refused without its value' {
        # Digits alone cannot meet the password policy: the server's exact refusal shows that the eight digits arrived
        # (not empty: PW_EMPTY; not shortened: PW_SHORTER_THAN_MIN_LENGTH / PW_LESS_THAN_MIN_LENGTH).
        $err = $null
        New-IRedUser n@example.com -Password ([pscustomobject]@{ P = 12345678 }).P -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -HaveCount 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'PASSWORD_POLICY,*'
        $post = @(Get-EmulatorRequest | Where-Object Method -EQ 'POST')
        $post | Should -HaveCount 1
        $post[0].ErrorCode | Should -Be 'PW_NO_LETTER,PW_NO_UPPERCASE,PW_NO_SPECIAL_CHAR'
        "$err" | Should -Not -BeLike '*12345678*'
        New-IRedUser c@example.com -Password ([pscredential]::new('x', (Secure 'Cred-Passw0rd!')))
        Test-IRedUserPassword c@example.com -Password (Secure 'Cred-Passw0rd!') | Should -BeTrue
        Clear-EmulatorRequest

        $err = { New-IRedUser h@example.com -Password @{ secret = 'Hash-Passw0rd!' } } | Should -Throw -ErrorId 'ParameterArgumentTransformationError,*' -PassThru
        $err.Exception.Message | Should -BeLike '*not a Hashtable*'
        $err.Exception.Message | Should -Not -BeLike '*Hash-Passw0rd!*'
        Get-Wire | Should -BeNullOrEmpty
    }

    It 'reaches no stream, with -Verbose and -Debug, when rows succeed, fail validation or fail on the server' {
        New-IRedUser taken@example.com -Password (Get-TestPassword)
        $csv = Write-TestCsv @'
Mail,Name,Password
ok@example.com,Okay,Okay-Secret-1!
taken@example.com,Taken,Taken-Secret-2!
bad@example.com,"Bad`u0007",Bad-Secret-3!
new@example.com,New,New-Secret-4!
'@
        # A control character in a name: the cmdlet's own validation error.
        (Get-Content $csv -Raw).Replace('`u0007', [string][char]7) | Set-Content $csv
        $streams = Invoke-WithStreams -Variables @{ csv = $csv; uri = (Get-TestEmulator).BaseUri; cred = (Get-TestEmulator).Credential } {
            Connect-IRedAdmin -Uri $uri -Credential $cred -RetryDelay 00:00:00.010
            $VerbosePreference = 'Continue'; $DebugPreference = 'Continue'
            Import-Csv $csv | New-IRedUser -WhatIf
            Import-Csv $csv | New-IRedUser -PassThru -ThrottleLimit 2
            Import-Csv $csv | Set-IRedUser -Verbose
        }

        # -WhatIf and the create both refuse the bad name; taken exists; bad was never created, so the Set finds no such account.
        @($streams.Error | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] } | Sort-Object) |
            Should -Be @('ALREADY_EXISTS', 'CONTROL_CHARACTER_IN_VALUE', 'CONTROL_CHARACTER_IN_VALUE', 'NO_SUCH_ACCOUNT')
        $streams.Error | Where-Object { $_.TargetObject -isnot [string] } | Should -BeNullOrEmpty
        $streams.Output.Mail | Should -Be @('ok@example.com', 'new@example.com')
        $text = Get-StreamText $streams
        foreach ($secret in 'Okay-Secret-1!', 'Taken-Secret-2!', 'Bad-Secret-3!', 'New-Secret-4!') { $text | Should -Not -BeLike "*$secret*" }
    }
}
