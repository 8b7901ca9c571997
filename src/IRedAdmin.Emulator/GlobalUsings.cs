// The namespaces nearly every file of this project uses, imported once here instead of at the top of each file.
global using System.Text.Json;
global using IRedAdmin.Emulator.Data;
global using IRedAdmin.Emulator.Http;
