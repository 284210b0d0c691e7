# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class M:
    def run(self):
        return 1
M.run()
