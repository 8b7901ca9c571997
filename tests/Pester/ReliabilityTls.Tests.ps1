# An HTTPS emulator with a self-signed certificate: refused by default, accepted with a pin or a skip, per connection.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.Reliability.psm1 -Force
    Import-TestModule
    $script:Emulator = Start-TestEmulator -Https

    # The certificate the emulator presents, read from a TLS handshake of our own (accepting it, to look at it).
    function Get-EmulatorCertificate {
        $uri = [uri]$script:Emulator.Root
        $tcp = [System.Net.Sockets.TcpClient]::new($uri.Host, $uri.Port)
        try {
            $ssl = [System.Net.Security.SslStream]::new($tcp.GetStream(), $false, { $true })
            $ssl.AuthenticateAsClient($uri.Host)
            [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($ssl.RemoteCertificate)
        }
        finally { $tcp.Dispose() }
    }
    $certificate = Get-EmulatorCertificate
    $script:Sha1 = $certificate.Thumbprint
    $script:Sha256 = $certificate.GetCertHashString([System.Security.Cryptography.HashAlgorithmName]::SHA256)

    # Connect-IRedAdmin in a fresh runspace (no default connection yet), every stream captured.
    function Connect-Fresh([hashtable] $Extra = @{}) {
        $v = @{ uri = $script:Emulator.BaseUri; cred = $script:Emulator.Credential; extra = $Extra; IRedAdminConnection = $null }
        Invoke-AllStreams {
            Connect-IRedAdmin -Uri $uri -Credential $cred -RetryDelay 00:00:00.005 @extra -PassThru
            [pscustomobject]@{ DefaultConnection = (Get-Variable IRedAdminConnection -Scope Global -ValueOnly -ErrorAction Ignore) }
        } -Variables $v
    }
}
AfterAll { Stop-TestEmulator }

Describe 'Connect-IRedAdmin over TLS with a self-signed certificate' {
    BeforeEach { Reset-TestEmulator }

    It 'refuses a self-signed server by default, naming the problem and the ways out, and sends nothing' {
        $r = Connect-Fresh

        $errors = @(Get-AllErrorRecord $r)
        $errors | Should -HaveCount 1
        $e = $errors[0]
        $e.FullyQualifiedErrorId | Should -Be 'CERTIFICATE_REJECTED,IRedAdmin.Cmdlets.Connection.ConnectIRedAdminCommand'
        "$($e.CategoryInfo.Category)" | Should -Be 'SecurityError'
        $e.Exception.Message | Should -BeLike '*self-signed*'
        $e.Exception.Message | Should -BeLike "*-CertificateThumbprint $script:Sha256*"
        $e.Exception.Message | Should -BeLike '*-SkipCertificateCheck*'
        @(Get-EmulatorRequest -IncludeLogin) | Should -HaveCount 0
        # The script went on after the refusal, and no default connection was left behind.
        $probe = @($r.Output | Where-Object { $_.PSObject.Properties['DefaultConnection'] })
        $probe | Should -HaveCount 1
        $probe[0].DefaultConnection | Should -BeNullOrEmpty
        @($r.Output) | Should -HaveCount 1
        Assert-NoSecret -Result $r
    }

    It 'skips per connection, and a pin by SHA-1 or SHA-256 connects' {
        $skipping = Connect-IRedAdmin -Uri $script:Emulator.BaseUri -Credential $script:Emulator.Credential -SkipCertificateCheck -PassThru
        $strict = Connect-Fresh
        @(Get-AllErrorRecord $strict) | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] } | Should -Be @('CERTIFICATE_REJECTED')
        # The skipping connection still works after a strict one was refused in the same process.
        New-IRedDomain example.com -Connection $skipping
        Test-EmulatorAccount -Kind Domain example.com | Should -BeTrue

        $colons = (($script:Sha256 -split '(..)' | Where-Object { $_ }) -join ':').ToLowerInvariant()
        foreach ($pin in $script:Sha1, $script:Sha256, $colons) {
            $pinned = @(Connect-IRedAdmin -Uri $script:Emulator.BaseUri -Credential $script:Emulator.Credential -CertificateThumbprint $pin -PassThru)
            $pinned | Should -HaveCount 1
            (Get-IRedDomain example.com).Domain | Should -Be 'example.com'
        }

        $wrong = Connect-Fresh @{ CertificateThumbprint = 'B' * 64 }
        $errors = @(Get-AllErrorRecord $wrong)
        $errors | Should -HaveCount 1
        $errors[0].FullyQualifiedErrorId | Should -Be 'CERTIFICATE_REJECTED,IRedAdmin.Cmdlets.Connection.ConnectIRedAdminCommand'
        $errors[0].Exception.Message | Should -BeLike '*does not match -CertificateThumbprint*'
        @(Get-EmulatorRequest -IncludeLogin | Where-Object Path -EQ '/api/login') | Should -HaveCount 4
        $script:Sha1 | Should -Be $script:Emulator.Thumbprint
        Write-ReliabilityFigure tls ([ordered]@{ refused_default = 2; accepted_skip = 1; accepted_pins = 3; refused_wrong_pin = 1 })
    }
}
