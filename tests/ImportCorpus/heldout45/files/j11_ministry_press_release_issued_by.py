from lib import Doc


def build():
    d = Doc('j11_ministry_press_release_issued_by', blank=False, web=True)
    d.notes = ['"Press release" over the title is the kind. The "Issued by" line names the ministry, which outranks the',
               'state copyright line for the publication. The notes to editors and the media contact are not text.']
    a = d.art('Coastguard Intercepts Vessel Carrying Weapons Off Cape Dorran', [], '2047-11-05',
              'press release', 'Ministry of Ports and Coastal Security')
    d.fl('Skip to content',
         'Ministry of Ports and Coastal Security',
         'Home | About the Ministry | News | Services | Publications | Contact',
         'Select language: English | Ardmeri',
         'Press release',
         'Coastguard Intercepts Vessel Carrying Weapons Off Cape Dorran',
         'Issued by: Ministry of Ports and Coastal Security',
         'Date: 5 November 2047',
         'Reference: MPCS/PR/2047/118')
    d.tl(a, 'The Coastguard intercepted a fishing vessel carrying weapons and ammunition twelve nautical miles off Cape Dorran in the early hours of 4 November 2047.',
          'Acting on information shared by partner agencies, the patrol vessel Stern Watch stopped the fishing boat Maro Bell, which was sailing without its identification transponder. A search found forty-two assault rifles, six machine guns and approximately thirty thousand rounds of ammunition concealed beneath the fish hold.',
          'The vessel\'s seven crew members were detained and handed over to the National Police. The vessel has been escorted to the naval harbour at Dorran for further examination.',
          'The Minister of Ports and Coastal Security, Ms Irena Vaskó-Lind, said: "This interception shows the value of close cooperation between our Coastguard and our partners. Weapons like these fuel violence in our region, and we will continue to stop them at sea before they reach our shores."',
          'An investigation into the origin and intended destination of the weapons is under way. The Ministry will provide further information when it is able to do so without prejudicing the investigation.')
    d.fl('Notes to editors',
         'Photographs of the interception are available on request.',
         'Media contact: Press Office, +44 555 0190 221, press@mpcs.example.gov',
         'Share this page',
         'Was this page useful? Yes | No',
         'Related news',
         'Coastguard marks forty years of service',
         '\u00a9 State of Ardmere 2047 | Accessibility | Privacy | Terms')
    return d
