# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
import keras_but_not_installed
