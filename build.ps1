<#
.SYNOPSIS
    Thin wrapper over dotnet for PowerShell users: the real work lives in MSBuild, so the .NET SDK alone suffices.
.DESCRIPTION
    Build    builds the solution and stages the loadable module in out/IRedAdmin/.
    Test     builds and runs every test project.
    Help     builds the module only, which regenerates out/IRedAdmin/en-US/ from docs/en-US/.
    Package  builds the module and packs out/IRedAdmin.zip (Azure Automation) and out/IRedAdmin.<version>.nupkg.
    Clean    removes build outputs.
    Uses only core-engine features and .NET calls (no host output or file cmdlets) so that it also runs in a hosted engine.
.EXAMPLE
    ./build.ps1 Package
.EXAMPLE
    ./build.ps1 Package -Configuration Release -OutputPath C:/drop
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Help', 'Package', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug',

    # Where the staged module folder and the packages go; default: out/ beside this script.
    [string] $OutputPath
)

$ErrorActionPreference = 'Stop'
$solution = [System.IO.Path]::Combine($PSScriptRoot, 'IRedAdmin.PowerShell.sln')
$module = [System.IO.Path]::Combine($PSScriptRoot, 'src', 'IRedAdmin')

$properties = @()
if ($OutputPath) {
    # MSBuild wants the stage folder with a trailing separator; the packages land in its parent.
    $stage = [System.IO.Path]::Combine([System.IO.Path]::GetFullPath($OutputPath), 'IRedAdmin') + '/'
    $properties += "-p:ModuleStageDir=$stage"
}

# The SDK tells child processes which dotnet started them; fall back to the one on PATH.
$dotnet = if ($env:DOTNET_HOST_PATH) { $env:DOTNET_HOST_PATH } else { 'dotnet' }

function Invoke-Dotnet {
    & $dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

switch ($Task) {
    'Build'   { Invoke-Dotnet build $solution -c $Configuration @properties }
    'Test'    { Invoke-Dotnet test $solution -c $Configuration @properties }
    'Help'    { Invoke-Dotnet build $module -c $Configuration @properties }
    # Quoted: a bare -t:Package given to a function would be split into '-t:' and 'Package'.
    'Package' { Invoke-Dotnet build $module -c $Configuration '-t:Package' @properties }
    'Clean'   { Invoke-Dotnet clean $solution -c $Configuration @properties }
}
