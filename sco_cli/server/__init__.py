"""`sco mcp`: sco's answers for AI agents, over the Model Context Protocol.

tools.py answers each tool from the API (the CLI's document and a short text
with its evidence) and imports no MCP; serve.py serves them with the MCP
Python SDK, the optional extra `sco-cli[mcp]`, imported only when `sco mcp` runs.
"""
