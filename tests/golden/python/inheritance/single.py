# source: CPython 3.11 (regenerate with tests/golden/regen_python.py)
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def intro(self):
        return "I am " + self.name + "; " + self.speak()
class Dog(Animal):
    def speak(self):
        return self.name + " barks"
print(Animal("cat").intro())
print(Dog("rex").intro())
print(isinstance(Dog("a"), Animal), issubclass(Dog, Animal), issubclass(Animal, Dog))
