/** Name pools for synthetic staff: a mix of origins, as a large US hospital's HIM department has. */
export const FIRST_NAMES: readonly string[] = [
  'Aaliyah', 'Abigail', 'Adrian', 'Aisha', 'Alejandro', 'Amara', 'Amir', 'Ana', 'Andre', 'Angela', 'Anh', 'Arjun',
  'Beatriz', 'Benjamin', 'Bianca', 'Brandon', 'Camila', 'Carlos', 'Carmen', 'Chen', 'Chloe', 'Chukwuemeka', 'Claire',
  'Daniel', 'Deborah', 'Deepa', 'Diego', 'Dmitri', 'Elena', 'Elijah', 'Emeka', 'Emily', 'Erin', 'Fatima', 'Gabriel',
  'Grace', 'Hana', 'Hannah', 'Hiroshi', 'Ibrahim', 'Imani', 'Isabel', 'Jamal', 'James', 'Jasmine', 'Javier', 'Jennifer',
  'Jin', 'José', 'Joy', 'Juan', 'Kayla', 'Keisha', 'Kenji', 'Kevin', 'Kofi', 'Lakshmi', 'Latoya', 'Laura', 'Leila',
  'Li', 'Linda', 'Lucia', 'Luis', 'Malik', 'Maria', 'Marcus', 'Mei', 'Michael', 'Michelle', 'Mohammed', 'Monique',
  'Nadia', 'Naomi', 'Nguyen', 'Nia', 'Noah', 'Olga', 'Omar', 'Patricia', 'Pooja', 'Priya', 'Rachel', 'Rafael', 'Rahul',
  'Renee', 'Ricardo', 'Rosa', 'Ruth', 'Samuel', 'Sarah', 'Sergei', 'Shanice', 'Sofia', 'Sunita', 'Tamika', 'Thomas',
  'Tiffany', 'Valentina', 'Vanessa', 'Wei', 'Xavier', 'Yasmin', 'Yolanda', 'Yuki', 'Zainab', 'Zoe',
];

export const LAST_NAMES: readonly string[] = [
  'Abara', 'Adams', 'Ahmed', 'Alvarez', 'Anderson', 'Bailey', 'Banerjee', 'Bennett', 'Brooks', 'Brown', 'Campbell',
  'Castillo', 'Chang', 'Chen', 'Clark', 'Cohen', 'Collins', 'Cruz', 'Davis', 'Diaz', 'Dubois', 'Edwards', 'Evans',
  'Fernandez', 'Fischer', 'Flores', 'Foster', 'Garcia', 'Gomez', 'Gonzalez', 'Gupta', 'Hall', 'Harris', 'Hernandez',
  'Hill', 'Huang', 'Hughes', 'Ivanova', 'Jackson', 'Johnson', 'Jones', 'Kaur', 'Kelly', 'Khan', 'Kim', 'King',
  'Kowalski', 'Kumar', 'Lee', 'Lewis', 'Lopez', 'Martin', 'Martinez', 'Mendoza', 'Miller', 'Mitchell', 'Moore',
  'Morales', 'Murphy', 'Nakamura', 'Nelson', 'Nguyen', "O'Brien", 'Okafor', 'Okonkwo', 'Ortiz', 'Owusu', 'Patel',
  'Perez', 'Peterson', 'Phillips', 'Quispe', 'Ramirez', 'Reddy', 'Reyes', 'Rivera', 'Roberts', 'Robinson',
  'Rodriguez', 'Rossi', 'Sanchez', 'Santos', 'Schmidt', 'Scott', 'Shah', 'Singh', 'Smith', 'Sullivan', 'Tanaka',
  'Taylor', 'Thomas', 'Thompson', 'Torres', 'Tran', 'Turner', 'Varga', 'Walker', 'Wang', 'Washington', 'White',
  'Williams', 'Wilson', 'Wong', 'Wright', 'Yamamoto', 'Young', 'Zhang',
];

export const UNITS: readonly string[] = [
  'Inpatient Coding', 'Outpatient Coding', 'Professional Fee Coding', 'Emergency Department Coding',
  'Surgical Coding', 'Clinical Documentation Integrity', 'Coding Quality & Education', 'HIM Operations',
];

export const JOB_TITLES: readonly string[] = [
  'Coder I', 'Coder II', 'Coder III', 'Coding Specialist', 'Senior Coding Specialist', 'CDI Specialist',
  'Coding Auditor', 'Coding Educator', 'Coding Trainee', 'HIM Analyst',
];

export const EMPLOYERS: readonly string[] = [
  'Mercy General', 'County Hospital', 'St. Luke’s Medical Center', 'Riverside Health', 'Northgate Clinic',
  'Valley Physicians Group', 'Coding Solutions LLC', 'Lakeside Regional',
];
