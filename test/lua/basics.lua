-- taskrt's own Lua script for test/lua.sh: what a Lua program asks of
-- the C library (printf and strtod through string.format and tonumber,
-- libm through math, setjmp through pcall and error, stdio through io,
-- time and the environment through os), printed deterministically so
-- that the taskrt build and the glibc build must print the same.

-- numbers: printing and reading them back
local values = { 0, -0.0, 1, -1, 0.1, 1/3, 2^53, 2^63, -2^63, 1e308, 5e-324, 2.5, 1e21, 123456789.125,
                 math.pi, -math.pi, 1e-7, 100, 1/0, -1/0 }
for _, v in ipairs(values) do
  print(v, string.format("%.17g|%g|%e|%.3f|%a|%5.1f|%-8.2e|%+.0f", v, v, v, v, v, v, v, v))
  print(tostring(v), tonumber(tostring(v)) == v or v ~= v)
end
print(string.format("%q", 0.1), string.format("%q", 1/3), string.format("%q", math.mininteger))
for _, s in ipairs({ "0x1p-1074", "1e400", "-1e-400", "  12  ", "0x10", "1e", ".5", "5.", "inf", "nan",
                     "0x1.8p3", "123456789012345678901234567890", "2.2250738585072011e-308",
                     "4.9406564584124654e-324", "9007199254740993", "1.7976931348623157e308" }) do
  print(s, tonumber(s))
end
print(math.maxinteger, math.mininteger, math.maxinteger + 1 == math.mininteger, 7 // 2, -7 // 2, 7 % -3, 2^10)
print(string.format("%d %5d %-5d| %x %X %o %c %s %10.3s|", 42, 42, 42, 255, 255, 8, 65, "str", "abcdef"))

-- libm
for _, x in ipairs({ 0.5, 1, 2, 10, 0.1, 100.25 }) do
  print(x, string.format("%.15g %.15g %.15g %.15g %.15g %.15g %.15g %.15g", math.sin(x), math.cos(x),
        math.tan(x), math.exp(x), math.log(x), math.log(x, 2), math.log(x, 10), math.sqrt(x)))
  print(math.floor(x), math.ceil(x), math.fmod(x, 0.3), math.atan(x, 2), math.abs(-x), math.tointeger(x))
end
print(math.huge, -math.huge, math.fmod(7, 3), math.fmod(-7, 3), math.ult(1, -1))

-- errors and non-local exits (setjmp/longjmp)
print(pcall(error, "boom"))
print(select(2, pcall(error, { code = 7 })).code)
print(select(2, pcall(function() local t = nil; return t.x end)))
print(xpcall(function() error("deep") end, function(m) return "handled: " .. m end))
local depth = 0
local function recurse() depth = depth + 1; return recurse() + 1 end
print(pcall(recurse), depth > 1000)

-- coroutines
local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1); return b * 2 end)
print(co(1), co(10))

-- strings, patterns, tables
print(("hello world from lua"):gsub("%w+", string.upper))
print(string.find("taskrt 2026", "(%d+)"), string.match("key=value", "(%w+)=(%w+)"))
print(string.rep("ab", 3, "-"), ("%5s|%-5s|"):format("a", "b"), #string.pack("i4d", 1, 2.0))
print(string.unpack("<i4", string.pack("<i4", -2)), utf8.char(233, 8364), utf8.len("h\xc3\xa9"))
local t = { 5, 3, 8, 1, 9, 2 }
table.sort(t); print(table.concat(t, ","))
table.sort(t, function(a, b) return a > b end); print(table.concat(t, ","))
print(string.byte("ABC", 1, -1), string.char(72, 105), ("x"):rep(0) == "")

-- time, without the clock's reading
print(os.time({ year = 2000, month = 1, day = 1, hour = 0 }) - os.time({ year = 1999, month = 12, day = 31, hour = 0 }))
print(os.date("!%Y-%m-%d %H:%M:%S %j %a %b", 86400 * 366))
print(type(os.clock()), type(os.time()), os.getenv("TASKRT_LUA_TEST"), os.getenv("NO_SUCH_VARIABLE_HERE"))
local d = os.date("!*t", 951782400)
print(d.year, d.month, d.day, d.wday, d.yday, d.isdst)

-- files
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("line one\n", 2, " ", 3.5, "\nline three\n")
f:close()
for line in io.lines(name) do io.write("[", line, "]\n") end
f = assert(io.open(name, "r"))
print(f:read("l"), f:read("n"), f:read("n"), f:read("a"))
print(f:seek("set", 5), f:read(3), f:seek("end"))
f:close()
f = assert(io.open(name, "a+")); f:write("appended"); f:seek("set"); print(#f:read("a")); f:close()
print(io.open("/nonexistent/taskrt", "r"))
print(os.rename(name, name .. ".moved"), os.remove(name .. ".moved"), (os.remove(name)))
local p = io.popen("echo from a shell")
print(p:read("l"), p:close())
print(os.execute("exit 3"))
io.write(string.format("%s %d %.2f\n", "done", 1, 2))
