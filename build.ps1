<#
.SYNOPSIS
    Thin wrapper over dotnet for PowerShell users: the real work lives in MSBuild, so the .NET SDK alone suffices.
.EXAMPLE
    ./build.ps1 Build
    ./build.ps1 Test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Help', 'Package', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)

$ErrorActionPreference = 'Stop'
$solution = Join-Path $PSScriptRoot 'IRedAdmin.PowerShell.sln'
$module = Join-Path (Join-Path $PSScriptRoot 'src') 'IRedAdmin'

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

switch ($Task) {
    'Build'   { Invoke-Dotnet build $solution -c $Configuration }
    'Test'    { Invoke-Dotnet test $solution -c $Configuration }
    'Help'    { Invoke-Dotnet build $module -c $Configuration }
    'Package' { Invoke-Dotnet build $module -c $Configuration -t:Package }
    'Clean'   { Invoke-Dotnet clean $solution -c $Configuration }
}
