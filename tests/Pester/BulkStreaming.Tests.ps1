# Get-IRedUser -Domain writes each user as it is decoded, not after the whole answer has arrived.
BeforeAll {
    Import-Module $PSScriptRoot/TestHelpers/IRedAdmin.TestHelpers.psm1 -Force
    Import-TestModule
    Start-TestEmulator | Out-Null
}
AfterAll { Stop-TestEmulator }

# GET /api/users/<domain> came with later releases.
Describe 'Get-IRedUser -Domain streaming' -Tag CurrentOnly {
    BeforeEach {
        Reset-TestEmulator
        Connect-TestEmulator
    }

    It 'emits the first user before the server has finished sending the listing' {
        # Enough users that the listing is far larger than the first 16 KB the emulator sends before holding the rest.
        $users = 2000
        Add-EmulatorUser -Domain big.example -Count $users
        # The listing's first 16 KB go out; the rest waits until the pipeline has seen its first user.
        Set-EmulatorHold -Path '/api/users/' -AfterBytes 16384
        Clear-EmulatorRequest

        $first = $null; $finishedAtFirst = $null; $n = 0
        Get-IRedUser -Domain big.example | ForEach-Object {
            if ($n -eq 0) {
                $first = $_
                $finishedAtFirst = (Get-EmulatorStat).heldBodyFinished
                Resume-EmulatorHold
            }
            $n++
        }

        $first.GetType().FullName | Should -Be 'IRedAdmin.Client.Models.IRedUser'
        $first.Mail | Should -Be 'user000001@big.example'
        $finishedAtFirst | Should -BeOfType [bool]
        $finishedAtFirst | Should -BeFalse
        $n | Should -Be $users
        (Get-EmulatorStat).heldBodyFinished | Should -BeTrue
        $requests = @(Get-EmulatorRequest)
        $requests | Should -HaveCount 1
        $requests[0].Method | Should -Be 'GET'
        $requests[0].Path | Should -Be '/api/users/big.example'
    }
}
